// `hc-widgets render` output hydrated by the CDN bundle in each engine: every server-rendered
// node kept, nothing added, no error (test/node/browser.test.mjs also checks, in Chromium, what
// shows with JavaScript off).
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../fixtures/frames.js';

type LitHost = HTMLElement & { updateComplete: Promise<boolean> };

interface RenderedFrame {
  window: Window & { serverNodes: Map<Node, Element>; problems: string[] };
  document: Document;
}

const WIDGETS = {
  'role-card': { tag: 'hc-role-card', heading: 'h3', en: 'Clinical coder' },
  'requirements-list': {
    tag: 'hc-requirements-list',
    heading: 'h3',
    en: 'Entry requirements: Clinical coder',
  },
  'skills-checklist': {
    tag: 'hc-skills-checklist',
    heading: 'legend',
    en: 'Skills for Clinical coder',
  },
  'feedback-form': { tag: 'hc-feedback-form', heading: 'h3', en: 'Help us improve' },
  'role-finder': { tag: 'hc-role-finder', heading: 'h3', en: /^All \d+ roles$/ },
} as const;

async function load(path: string): Promise<RenderedFrame> {
  const iframe = await openFrame(path);
  return {
    window: iframe.contentWindow as RenderedFrame['window'],
    document: iframe.contentDocument!,
  };
}

const nodesOf = (root: ShadowRoot) => {
  const nodes: Node[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4);
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
};

afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

describe('server-rendered widgets hydrated by dist/cdn/hc-widgets.js', () => {
  for (const [widget, { tag, heading, en }] of Object.entries(WIDGETS)) {
    it(`${widget}: every server-rendered node kept, nothing added, no error`, async () => {
      const frame = await load(`/mock/rendered/${widget}/en`);
      const host = frame.document.querySelector<LitHost>(tag)!;
      const root = host.shadowRoot!;
      const marked = frame.window.serverNodes;
      const server = [...marked].filter(([, owner]) => owner === host).map(([node]) => node);
      expect(server.length, 'the server rendered the shadow root').to.be.above(3);
      await waitUntil(() => frame.window.customElements.get(tag), `${tag} defined`, {
        timeout: 10000,
      });
      // Until no further update is pending (a hydrated widget renders once more).
      while (!(await host.updateComplete));
      expect(host.shadowRoot, 'the same shadow root').to.equal(root);
      const now = nodesOf(root);
      expect(
        server.filter((node) => !node.isConnected || node.getRootNode() !== root),
        'server nodes gone',
      ).to.have.length(0);
      expect(
        now.filter((node) => !marked.has(node)),
        'nodes added',
      ).to.have.length(0);
      const text = root.querySelector(heading)!.textContent.replace(/\s+/g, ' ').trim();
      if (typeof en === 'string') expect(text).to.equal(en);
      else expect(text).to.match(en);
      expect(frame.window.problems).to.deep.equal([]);
    });
  }
});
