// Server-rendered widgets in Chromium, as `hc-widgets render` prints them: with JavaScript off
// they show with their text, headings and styles; with the CDN bundle they hydrate in place
// (every server-rendered node kept, nothing added twice, no console error) and then work.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { sendFile } from '../../scripts/static-files.mjs';
import { hcWidgets, serve } from './cli.mjs';

/**
 * In-page state the tests keep on `window`.
 * @typedef {typeof window & { serverNodes: Set<Node>, changes: { selected: string[] }[] }} TestWindow
 * @typedef {'role-card' | 'requirements-list' | 'skills-checklist' | 'feedback-form' | 'role-finder'} Widget
 */

/** @type {Record<Widget, string>} */
const TAGS = {
  'role-card': 'hc-role-card',
  'requirements-list': 'hc-requirements-list',
  'skills-checklist': 'hc-skills-checklist',
  'feedback-form': 'hc-feedback-form',
  'role-finder': 'hc-role-finder',
};
const WIDGETS = /** @type {[Widget, string][]} */ (Object.entries(TAGS));

/**
 * `tab.waitForSelector`, which resolves to null only when told to wait for an element to go.
 * @template {string} Selector
 * @param {import('puppeteer-core').Page} tab
 * @param {Selector} selector
 */
async function waitFor(tab, selector) {
  const handle = await tab.waitForSelector(selector);
  assert.ok(handle, `${selector} is on the page`);
  return handle;
}

/**
 * How many roles the finder lists: every role of the default catalogue (all are sound).
 * @type {import('../../src/data/schema.js').Role[]}
 */
const DEFAULT_ROLES = JSON.parse(readFileSync('data/nhs-careers.json', 'utf8')).roles;

/**
 * What a person should find in each widget, English and Welsh, at heading level 3.
 * @type {Record<Widget, { heading: string, en: string, cy: string | null }>}
 */
const EXPECTED = {
  'role-card': { heading: 'h3', en: 'Clinical coder', cy: 'Clinical coder' },
  'requirements-list': {
    heading: 'h3',
    en: 'Entry requirements: Clinical coder',
    cy: 'Gofynion mynediad: Clinical coder',
  },
  'skills-checklist': { heading: 'legend', en: 'Skills for Clinical coder', cy: null },
  'feedback-form': { heading: 'h3', en: 'Help us improve', cy: null },
  'role-finder': {
    heading: 'h3',
    en: `All ${DEFAULT_ROLES.length} roles`,
    cy: `Pob un o'r ${DEFAULT_ROLES.length} rôl`,
  },
};

/**
 * Runs in the page before the bundle (a classic script runs during parsing; the module after):
 * keeps every element and text node of every server-rendered shadow root, to check after
 * hydration that they are all still there and nothing was added.
 */
const MARK_SERVER_NODES = `<script>
  window.serverNodes = new Set();
  for (const host of document.querySelectorAll('${Object.values(TAGS).join(',')}')) {
    const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) window.serverNodes.add(walker.currentNode);
  }
</script>`;

/**
 * @param {string} body
 * @param {{ scripts: boolean }} options
 */
const page = (body, { scripts }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Server-rendered widget</title></head>
<body><main>
${body}
</main>
${scripts ? `${MARK_SERVER_NODES}\n<script type="module" src="/dist/cdn/hc-widgets.js"></script>` : ''}
</body></html>`;

/** @type {Map<string, string>} */
const rendered = new Map();

/**
 * `hc-widgets render` for a widget of the default catalogue's clinical coder.
 * @param {Widget} widget
 * @param {string} lang
 * @returns {Promise<string>}
 */
async function cliHtml(widget, lang) {
  const key = `${widget} ${lang}`;
  if (!rendered.has(key)) {
    const args = ['--widget', widget, '--role', 'clinical-coder', '--lang', lang];
    // The finder ignores --role and takes a link for each result.
    if (widget === 'role-finder') args.push('--href-template', '/careers/{id}');
    const { code, stdout, stderr } = await hcWidgets('render', ...args, '--heading-level', '3');
    assert.equal(code, 0, stderr);
    rendered.set(key, stdout);
  }
  return /** @type {string} */ (rendered.get(key));
}

/** @type {Awaited<ReturnType<typeof serve>>} */
let server;
/** @type {import('puppeteer-core').Browser} */
let browser;
/**
 * Requests the pages made, to show the inline catalogue spares a fetch.
 * @type {string[]}
 */
const requested = [];

before(async () => {
  server = await serve(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // Chromium asks for a favicon on some first loads; its 404 is not the widgets' console error.
    if (url.pathname === '/favicon.ico') {
      response.statusCode = 204;
      response.end();
      return;
    }
    requested.push(url.pathname);
    const [, widget = '', lang = '', mode] = url.pathname.split('/');
    if (Object.hasOwn(TAGS, widget)) {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      // `?persist`: the checklist as a page author may change it, keeping ticks in storage;
      // `?limit=N`: the finder showing N results once its script runs.
      const limit = url.searchParams.get('limit');
      const html = (await cliHtml(/** @type {Widget} */ (widget), lang))
        .replace(/<hc-skills-checklist /, url.searchParams.has('persist') ? '$&persist ' : '$&')
        .replace(/<hc-role-finder /, limit ? `$&limit="${limit}" ` : '$&');
      response.end(page(html, { scripts: mode === 'scripts' }));
      return;
    }
    if (!(await sendFile(response, url.pathname, ['dist/cdn']))) {
      response.statusCode = 404;
      response.end();
    }
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A new page whose console errors, warnings and uncaught errors are kept in `problems`.
 * @param {string} path
 * @param {{ javaScript: boolean }} options
 */
async function openPage(path, { javaScript }) {
  const tab = await browser.newPage();
  /** @type {string[]} */
  const problems = [];
  tab.on('console', (message) => {
    if (['error', 'warn', 'warning'].includes(message.type())) problems.push(message.text());
  });
  tab.on('pageerror', (error) => problems.push(String(error)));
  await tab.setJavaScriptEnabled(javaScript);
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return { tab, problems };
}

/**
 * What a person sees of the widget: heading, text and a few computed styles.
 * @param {string} tag
 * @param {string} headingSelector
 */
function whatShows(tag, headingSelector) {
  const host = /** @type {HTMLElement} */ (document.querySelector(tag));
  const root = host.shadowRoot;
  const heading = root?.querySelector(headingSelector);
  /** @param {string} selector @param {string} property */
  const styleOf = (selector, property) => {
    const element = root?.querySelector(selector);
    return element ? getComputedStyle(element).getPropertyValue(property) : null;
  };
  return {
    defined: customElements.get(tag) !== undefined,
    hasShadowRoot: root !== null,
    heading: heading?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    headingWeight: heading ? getComputedStyle(heading).fontWeight : null,
    headingHeight: heading?.getBoundingClientRect().height ?? 0,
    text: root ? String(root.textContent).replace(/\s+/g, ' ') : '',
    visibleText: [
      .../** @type {NodeListOf<HTMLElement>} */ (
        root?.querySelectorAll('p, h3, h4, legend, label, li, button') ?? []
      ),
    ]
      .filter((element) => element.checkVisibility())
      .map((element) => element.innerText.trim())
      .join(' | '),
    hostDisplay: getComputedStyle(host).display,
    cardBorder: styleOf('[part~="card"]', 'border-top'),
    checkboxOpacity: styleOf('[part~="checkbox"]', 'opacity'),
    ticked: [
      .../** @type {NodeListOf<HTMLInputElement>} */ (
        root?.querySelectorAll('[part~="checkbox"]') ?? []
      ),
    ].filter((box) => box.checked).length,
    buttonBackground: styleOf('[part~="button"]', 'background-color'),
    warningBorder: styleOf('[part~="warning"]', 'border-left'),
  };
}

describe('server-rendered widgets with JavaScript off', () => {
  for (const [widget, tag] of WIDGETS) {
    it(`${widget}: text, heading and styles show`, async () => {
      const { tab } = await openPage(`/${widget}/en/plain`, { javaScript: false });
      const seen = await tab.evaluate(whatShows, tag, EXPECTED[widget].heading);
      await tab.close();
      assert.equal(seen.defined, false, 'no script ran');
      assert.equal(seen.hasShadowRoot, true);
      assert.equal(seen.heading, EXPECTED[widget].en);
      assert.equal(seen.headingWeight, '600');
      assert.ok(seen.headingHeight > 0, 'the heading takes space on the page');
      assert.equal(seen.hostDisplay, 'block');
      if (widget === 'role-card') {
        assert.match(
          seen.visibleText,
          /Health informatics \| Clinical coders are part of the health informatics workforce\./,
        );
        assert.match(seen.visibleText, /Ways in: an apprenticeship, GCSEs or other routes\./);
        assert.equal(seen.cardBorder, '1px solid rgb(216, 221, 224)');
      }
      if (widget === 'requirements-list') {
        assert.match(
          seen.visibleText,
          /Clinical coder apprenticeship \(Level 3\) \| A Level 3 apprenticeship/,
        );
      }
      if (widget === 'skills-checklist') {
        assert.match(seen.visibleText, /Analysing information \| Attention to detail \| Teamwork/);
        assert.match(seen.visibleText, /0 of 3 skills ticked/);
        assert.equal(seen.checkboxOpacity, '0', 'the NHS.UK checkbox styles apply');
        assert.equal(seen.ticked, 0);
      }
      if (widget === 'role-finder') {
        assert.match(seen.visibleText, /Which of these skills do you have\?/);
        assert.equal(seen.checkboxOpacity, '0.5', 'NHS.UK checkboxes, shown as unavailable');
        assert.equal(seen.ticked, 0);
      }
      if (widget === 'feedback-form') {
        assert.match(seen.visibleText, /What can we improve\?/);
        assert.match(seen.visibleText, /Do not include personal or medical information/);
        assert.match(seen.visibleText, /Send feedback/);
        assert.equal(seen.buttonBackground, 'rgb(0, 127, 59)');
        assert.equal(seen.warningBorder, '8px solid rgb(0, 94, 184)');
      }
    });
  }

  it('feedback-form: cannot be sent with no script, so the message never lands in a URL', async () => {
    const { tab } = await openPage('/feedback-form/en/plain', { javaScript: false });
    const disabled = await tab.evaluate(() => {
      const root = /** @type {ShadowRoot} */ (
        document.querySelector('hc-feedback-form')?.shadowRoot
      );
      return ['textarea', '[part~="button"]'].map(
        (selector) =>
          /** @type {HTMLTextAreaElement | HTMLButtonElement} */ (root.querySelector(selector))
            .disabled,
      );
    });
    await tab.close();
    assert.deepEqual(disabled, [true, true]);
  });

  it('role-finder: every role listed with a working link, every box disabled', async () => {
    const { tab } = await openPage('/role-finder/en/plain', { javaScript: false });
    const seen = await tab.evaluate(() => {
      const root = /** @type {ShadowRoot} */ (document.querySelector('hc-role-finder')?.shadowRoot);
      return {
        results: root.querySelectorAll('[part~="result"]').length,
        links: [...root.querySelectorAll('[part~="result"] a')].map((a) => a.getAttribute('href')),
        boxes: [...root.querySelectorAll('input')].map((box) => box.disabled),
        showAll: root.querySelector('[part~="show-all"]') !== null,
      };
    });
    assert.equal(seen.results, DEFAULT_ROLES.length);
    assert.deepEqual(
      [...seen.links].sort(),
      DEFAULT_ROLES.map((role) => `/careers/${role.id}`).sort(),
    );
    assert.ok(seen.boxes.length > 5 && seen.boxes.every(Boolean), 'all boxes disabled');
    assert.equal(seen.showAll, false, '"Show all" needs a script');
    // A link works with no script: following it is the browser's own doing.
    const [link] = await tab.$$('hc-role-finder >>> [part~="result"] a');
    assert.ok(link, 'a result links somewhere');
    const [response] = await Promise.all([tab.waitForNavigation(), link.click()]);
    assert.ok(response, 'the link leads to a new page');
    assert.match(response.url(), /\/careers\/[a-z0-9-]+$/);
    await tab.close();
  });

  it('shows the Welsh interface when rendered with --lang cy', async () => {
    const { tab } = await openPage('/requirements-list/cy/plain', { javaScript: false });
    const seen = await tab.evaluate(whatShows, 'hc-requirements-list', 'h3');
    await tab.close();
    assert.equal(seen.heading, EXPECTED['requirements-list'].cy);
  });
});

/**
 * After the bundle has run: how the server's nodes fared, and what the widget shows.
 * @param {import('puppeteer-core').Page} tab
 * @param {string} tag
 * @param {string} headingSelector
 */
async function afterHydration(tab, tag, headingSelector) {
  return tab.evaluate(
    async (tag, headingSelector) => {
      await customElements.whenDefined(tag);
      const host = /** @type {import('lit').LitElement} */ (document.querySelector(tag));
      // Until no further update is pending (a hydrated widget renders once more, see below).
      while (!(await host.updateComplete));
      const shadowRoot = /** @type {ShadowRoot} */ (host.shadowRoot);
      const marked = /** @type {TestWindow} */ (window).serverNodes;
      /**
       * Elements with their attributes, and text, as a list: what a render produced.
       * @param {ShadowRoot} root
       */
      const signature = (root) => {
        /** @type {string[]} */
        const parts = [];
        const walk = document.createTreeWalker(
          root,
          NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
        );
        while (walk.nextNode()) {
          const node = walk.currentNode;
          if (node instanceof Text) {
            if (node.parentElement?.localName === 'style') continue;
            if (node.data.trim()) parts.push(node.data.trim());
          } else if (node instanceof Element) {
            if (node.parentElement?.localName === 'style' || node.localName === 'style') continue;
            const attributes = [...node.attributes].map(({ name, value }) => `${name}="${value}"`);
            parts.push(`<${node.localName} ${attributes.sort().join(' ')}>`);
          }
        }
        return parts;
      };
      // The same widget rendered by the browser alone, from the same inline catalogue.
      const parent = /** @type {HTMLElement} */ (host.parentElement);
      const provider = /** @type {HTMLElement} */ (parent.cloneNode(false));
      provider.append(
        /** @type {HTMLScriptElement} */ (parent.querySelector('script')).cloneNode(true),
      );
      const fresh = /** @type {import('lit').LitElement} */ (document.createElement(tag));
      for (const { name, value } of host.attributes) fresh.setAttribute(name, value);
      provider.append(fresh);
      document.body.append(provider);
      await fresh.updateComplete;
      const clientRender = signature(/** @type {ShadowRoot} */ (fresh.shadowRoot));
      provider.remove();

      /** @type {Node[]} */
      const now = [];
      const walker = document.createTreeWalker(
        shadowRoot,
        NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
      );
      while (walker.nextNode()) now.push(walker.currentNode);
      // One widget per page: every marked node is this widget's.
      const server = [...marked];
      return {
        serverNodes: server.length,
        serverNodesGone: server.filter(
          (node) => !node.isConnected || node.getRootNode() !== shadowRoot,
        ).length,
        nodesAdded: now.filter((node) => !marked.has(node)).length,
        matchesClientRender: JSON.stringify(signature(shadowRoot)) ===
          JSON.stringify(clientRender) || [signature(shadowRoot), clientRender],
        headings: shadowRoot.querySelectorAll(headingSelector).length,
        styles: shadowRoot.querySelectorAll('style').length,
        heading: String(shadowRoot.querySelector(headingSelector)?.textContent)
          .replace(/\s+/g, ' ')
          .trim(),
      };
    },
    tag,
    headingSelector,
  );
}

describe('server-rendered widgets hydrated by dist/cdn/hc-widgets.js', () => {
  for (const [widget, tag] of WIDGETS) {
    for (const lang of /** @type {const} */ (['en', 'cy'])) {
      it(`${widget} (${lang}): every server-rendered node kept, nothing added, no console error`, async () => {
        requested.length = 0;
        // The finder keeps every role it was rendered with (the default cuts at 10 once the
        // script runs, which the next test covers).
        const query = widget === 'role-finder' ? '?limit=100' : '';
        const { tab, problems } = await openPage(`/${widget}/${lang}/scripts${query}`, {
          javaScript: true,
        });
        const headingSelector = EXPECTED[widget].heading;
        const before = await tab.evaluate(whatShows, tag, headingSelector);
        const result = await afterHydration(tab, tag, headingSelector);
        const seen = await tab.evaluate(whatShows, tag, headingSelector);
        await tab.close();
        assert.equal(seen.defined, true);
        assert.ok(result.serverNodes > 10, `${result.serverNodes} nodes marked`);
        assert.equal(result.serverNodesGone, 0);
        assert.equal(result.nodesAdded, 0);
        assert.equal(result.matchesClientRender, true, 'as the browser would render it');
        assert.equal(result.headings, 1, 'one heading: no second copy');
        assert.equal(result.styles, 1);
        assert.equal(seen.text, before.text, 'the text is what the server rendered');
        if (EXPECTED[widget][lang]) assert.equal(result.heading, EXPECTED[widget][lang]);
        assert.deepEqual(problems, []);
        assert.ok(
          !requested.some((path) => path.endsWith('.json')),
          'the inline catalogue is used',
        );
      });
    }
  }

  it('skills-checklist: ticking after hydration updates the count and tells the page', async () => {
    const { tab, problems } = await openPage('/skills-checklist/en/scripts', { javaScript: true });
    await afterHydration(tab, 'hc-skills-checklist', 'legend');
    await tab.evaluate(() => {
      const testWindow = /** @type {TestWindow} */ (window);
      testWindow.changes = [];
      document.addEventListener('hc-skills-change', (event) =>
        testWindow.changes.push(event.detail),
      );
    });
    const label = await waitFor(tab, 'hc-skills-checklist >>> label[for="skill-1"]');
    await label.click();
    await tab.waitForFunction(() =>
      String(document.querySelector('hc-skills-checklist')?.shadowRoot?.textContent).includes(
        '1 of 3 skills ticked',
      ),
    );
    const changes = await tab.evaluate(() => /** @type {TestWindow} */ (window).changes);
    await tab.close();
    assert.deepEqual(changes, [
      { roleId: 'clinical-coder', selected: ['attention-to-detail'], total: 3 },
    ]);
    assert.deepEqual(problems, []);
  });

  it('role-finder: after hydration it cuts at limit, ranks on a tick and tells the page', async () => {
    const { tab, problems } = await openPage('/role-finder/en/scripts?limit=2', {
      javaScript: true,
    });
    const result = await afterHydration(tab, 'hc-role-finder', 'h3');
    await tab.evaluate(() => {
      const testWindow = /** @type {TestWindow} */ (window);
      testWindow.changes = [];
      document.addEventListener('hc-finder-change', (event) =>
        testWindow.changes.push(event.detail),
      );
    });
    const label = await waitFor(tab, 'hc-role-finder >>> label[for="skill-0"]');
    await label.click();
    const after = await tab.evaluate(() => {
      const root = /** @type {ShadowRoot} */ (document.querySelector('hc-role-finder')?.shadowRoot);
      return {
        results: root.querySelectorAll('[part~="result"]').length,
        count: String(root.querySelector('[part~="count-heading"]')?.textContent).trim(),
        enabled: [...root.querySelectorAll('input')].every((box) => !box.disabled),
        focused: root.activeElement?.id ?? null,
      };
    });
    const changes = await tab.evaluate(() => /** @type {TestWindow} */ (window).changes);
    await tab.close();
    assert.equal(result.serverNodesGone > 0, true, 'results past the limit are removed');
    assert.equal(after.enabled, true);
    assert.ok(after.results <= 2);
    assert.match(after.count, /^(\d+ roles? match(es)?)$/);
    assert.equal(changes.length, 1);
    assert.equal(changes[0]?.selected.length, 1);
    assert.equal(after.focused, 'skill-0', 'ticking keeps focus on the box');
    assert.deepEqual(problems, []);
  });

  it('feedback-form: after hydration it checks the text, counts, and thanks on send', async () => {
    const { tab, problems } = await openPage('/feedback-form/en/scripts', { javaScript: true });
    await afterHydration(tab, 'hc-feedback-form', 'h3');
    const send = await waitFor(tab, 'hc-feedback-form >>> [part~="button"]:enabled');
    await send.click();
    const summary = await waitFor(tab, 'hc-feedback-form >>> [part~="error-summary"]');
    assert.match(
      await summary.evaluate((element) => /** @type {HTMLElement} */ (element).innerText),
      /Enter what we can improve/i,
    );
    const textarea = await waitFor(tab, 'hc-feedback-form >>> textarea');
    await textarea.type('The pay bands are missing.');
    await tab.waitForFunction(() =>
      /1,174 characters? (remaining|left)/i.test(
        String(
          document.querySelector('hc-feedback-form')?.shadowRoot?.querySelector('[part~="count"]')
            ?.textContent,
        ),
      ),
    );
    await send.click();
    const success = await waitFor(tab, 'hc-feedback-form >>> [part~="success"]');
    const thanks = await success.evaluate(
      (element) => /** @type {HTMLElement} */ (element).innerText,
    );
    await tab.close();
    assert.match(thanks, /Thank you/i);
    assert.deepEqual(problems, []);
  });

  /**
   * Loads `path`, stores `items` in the page's storage, and loads it again.
   * @param {string} path
   * @param {'localStorage' | 'sessionStorage'} storage
   * @param {Record<string, string>} items
   */
  async function openWithStorage(path, storage, items) {
    const { tab, problems } = await openPage(path, { javaScript: true });
    await tab.evaluate(
      (storage, items) => {
        for (const [key, value] of Object.entries(items)) window[storage].setItem(key, value);
      },
      storage,
      items,
    );
    await tab.reload({ waitUntil: 'load' });
    return { tab, problems };
  }

  it('skills-checklist: stored ticks show after hydration, count included', async () => {
    const { tab, problems } = await openWithStorage(
      '/skills-checklist/en/scripts?persist',
      'localStorage',
      { 'hc:skills:clinical-coder': '["analysis","teamwork"]' },
    );
    const result = await afterHydration(tab, 'hc-skills-checklist', 'legend');
    const seen = await tab.evaluate(whatShows, 'hc-skills-checklist', 'legend');
    await tab.close();
    assert.equal(result.serverNodesGone, 0);
    assert.equal(seen.ticked, 2);
    assert.match(seen.visibleText, /2 of 3 skills ticked/);
    assert.deepEqual(problems, []);
  });

  it('feedback-form: a saved draft shows after hydration, with its character count', async () => {
    const draft = 'Half-written note';
    const { tab, problems } = await openWithStorage('/feedback-form/en/scripts', 'sessionStorage', {
      'hc:feedback:/feedback-form/en/scripts': draft,
    });
    const result = await afterHydration(tab, 'hc-feedback-form', 'h3');
    const shown = await tab.evaluate(() => {
      const root = /** @type {ShadowRoot} */ (
        document.querySelector('hc-feedback-form')?.shadowRoot
      );
      return {
        text: /** @type {HTMLTextAreaElement} */ (root.querySelector('textarea')).value,
        count: String(root.querySelector('[part~="count"]')?.textContent).trim(),
      };
    });
    await tab.close();
    assert.equal(result.serverNodesGone, 0);
    assert.equal(shown.text, draft);
    assert.equal(
      shown.count,
      `You have ${(1200 - draft.length).toLocaleString('en')} characters remaining`,
    );
    assert.deepEqual(problems, []);
  });
});
