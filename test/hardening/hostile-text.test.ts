// Hostile text in the data: shown verbatim as text, never turned into elements or script, and
// long words wrap at 320 px.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { Role } from '../../src/data/schema.js';
import { analystRole } from '../fixtures/catalogues.js';
import { settled, textOf } from '../fixtures/widgets.js';

const LONG_WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(223).slice(0, 10_000);

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '" onmouseover="window.__pwned=1" x="',
  "'><svg onload=window.__pwned=1>",
  '{{constructor.constructor("window.__pwned=1")()}} ${window.__pwned=1}',
  '\u202Egnp.exe\u202C and \u200B\u200Czero\u200Dwidth\uFEFF',
  'Nyrs 👩🏽‍⚕️ Gofal — “quotes” & ampersands <b>bold</b>',
  LONG_WORD,
];

const hostileRole = (text: string): Role => ({
  ...analystRole,
  title: `Title ${text}`,
  family: `Family ${text}`,
  summary: `Summary ${text}`,
  entryRoutes: [{ type: 'degree', title: `Route ${text}`, description: `Description ${text}` }],
  skills: [{ id: 'skill', label: `Skill ${text}`, description: `Hint ${text}` }],
  qualities: [`Quality ${text}`],
});

/** Elements a template might have created from data. */
const injected = (root: ShadowRoot) => root.querySelectorAll('img, script, svg, b, iframe, object');

describe('hostile text in the data', () => {
  for (const text of HOSTILE) {
    it(`shows ${JSON.stringify(text.slice(0, 40))}… verbatim, as text only`, async () => {
      const container = await fixture(
        html`<div style="width: 320px">
          <hc-role-card .roleData=${hostileRole(text)}></hc-role-card>
          <hc-requirements-list .roleData=${hostileRole(text)}></hc-requirements-list>
          <hc-skills-checklist .roleData=${hostileRole(text)}></hc-skills-checklist>
        </div>`,
      );
      const widgets = [...container.children];
      await Promise.all(widgets.map(settled));
      for (const widget of widgets) {
        expect(injected(widget.shadowRoot!), widget.localName).to.have.length(0);
      }
      const normalised = text.replace(/\s+/g, ' ');
      expect(textOf(widgets[0]))
        .to.include(`Title ${normalised}`)
        .and.include(`Summary ${normalised}`);
      expect(textOf(widgets[1]))
        .to.include(`Route ${normalised}`)
        .and.include(`Quality ${normalised}`);
      expect(textOf(widgets[2])).to.include(`Skill ${normalised}`);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      // Nothing sticks out sideways at 320 px, however long the word.
      for (const widget of widgets) {
        expect(widget.scrollWidth, `${widget.localName} width`).to.be.at.most(320);
        for (const element of widget.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
          expect(element.getBoundingClientRect().right, element.localName).to.be.at.most(
            container.getBoundingClientRect().right + 1,
          );
        }
      }
    });
  }

  it("shows a server's hostile message as text", async () => {
    const message = '<img src=x onerror="window.__pwned=1"> Try again';
    const key = crypto.randomUUID();
    const endpoint = `/mock/feedback?key=${key}&status=400&message=${encodeURIComponent(message)}`;
    const form = await fixture<HTMLElement>(
      html`<hc-feedback-form page="/hostile" endpoint=${endpoint}></hc-feedback-form>`,
    );
    const textarea = form.shadowRoot!.querySelector('textarea')!;
    textarea.value = 'Hello';
    textarea.dispatchEvent(new Event('input'));
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    await new Promise((resolve) => form.addEventListener('hc-feedback-failed', resolve));
    await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(textOf(form.shadowRoot!.querySelector('[part~="server-message"]'))).to.equal(message);
    expect(injected(form.shadowRoot!)).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
