// The states every widget shares (SPEC): loading, ready, and each error reason, as a person sees
// them, with an axe check in each.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { DataErrorDetail } from '../../src/data/events.js';
import type { WidgetElement } from '../../src/elements/widget-element.js';
import { analystRole, validCatalogue } from '../fixtures/catalogues.js';
import { jsonUrl, mockUrl } from '../fixtures/requests.js';
import { part, settled, textOf } from '../fixtures/widgets.js';

const TAGS = ['hc-role-card', 'hc-requirements-list', 'hc-skills-checklist'] as const;

const ERRORS: {
  reason: string;
  src: () => string;
  roleId?: string;
  timeoutMs?: number;
  text: string;
  retry: boolean;
}[] = [
  {
    reason: 'network',
    src: () => mockUrl('/mock/reset'),
    text: 'We could not load this information. Check your connection and try again.',
    retry: true,
  },
  {
    reason: 'http',
    src: () => mockUrl('/test/fixtures/missing.json'),
    text: 'This information is not available at the moment. Try again later.',
    retry: true,
  },
  {
    reason: 'timeout',
    src: () => mockUrl('/mock/hang'),
    timeoutMs: 200,
    text: 'This information is taking too long to load. Try again later.',
    retry: true,
  },
  {
    reason: 'parse',
    src: () => jsonUrl('{"schemaVersion": 1,'),
    text: 'There is a problem with this information, so we cannot show it.',
    retry: false,
  },
  {
    reason: 'invalid',
    src: () => jsonUrl({ schemaVersion: 1, roles: [{ id: 'porter', title: '' }] }),
    text: 'There is a problem with this information, so we cannot show it.',
    retry: false,
  },
  {
    reason: 'not-found',
    src: () => jsonUrl(validCatalogue),
    roleId: 'astronaut',
    text: 'We could not find information about this role.',
    retry: false,
  },
];

async function widget(tag: (typeof TAGS)[number], setup: (el: WidgetElement) => void) {
  const element = document.createElement(tag);
  const errors: DataErrorDetail[] = [];
  element.addEventListener('hc-data-error', (event) => errors.push(event.detail));
  setup(element);
  await fixture(element);
  return { element, errors };
}

/** A widget on a catalogue that never answers, so that it stays loading. */
const hanging = (
  tag: (typeof TAGS)[number],
  src = mockUrl('/mock/hang'),
  setup?: (el: WidgetElement) => void,
) =>
  widget(tag, (el) => {
    el.src = src;
    el.roleId = 'porter';
    el.timeoutMs = 30000;
    setup?.(el);
  });

/** Waits until the widget's status says it is loading. */
const loadingTextShows = (element: HTMLElement, what: string) =>
  waitUntil(() => textOf(part(element, 'status')) === 'Loading role information', what, {
    timeout: 1000,
  });

/** Right after its next update the status is empty: the loading text comes only later. */
async function quietThenLoading(element: WidgetElement, when: string) {
  await element.updateComplete;
  expect(textOf(part(element, 'status')), `quiet ${when}`).to.equal('');
  await loadingTextShows(element, `loading text ${when}`);
}

describe('<hc-feedback-form> no-script fallback', () => {
  it('is hidden once the form renders', async () => {
    const container = await fixture(html`<div><p>Email us your feedback</p></div>`);
    const form = document.createElement('hc-feedback-form');
    form.append(container.querySelector('p')!);
    container.append(form);
    await form.updateComplete;
    expect(form.querySelector('p')!.getClientRects().length).to.equal(0);
    expect(textOf(part(form, 'heading'))).to.equal('Help us improve');
  });
});

for (const tag of TAGS) {
  describe(`<${tag}> states`, () => {
    it('loading: keeps --hc-loading-min-height from the first render, then a polite status', async () => {
      let connected = 0;
      const { element } = await hanging(tag, undefined, (el) => {
        el.style.setProperty('--hc-loading-min-height', '150px');
        connected = performance.now();
      });
      // When each stage came, not when the test looked. No axe here: its runs can hold the page
      // past the timer and make it late (the next test checks each stage).
      let regionCame: number | undefined;
      let textCame: number | undefined;
      let lowest = element.getBoundingClientRect().height;
      const watch = new MutationObserver(() => {
        lowest = Math.min(lowest, element.getBoundingClientRect().height);
        if (part(element, 'status')) regionCame ??= performance.now();
        if (textOf(part(element, 'status')) !== '') textCame ??= performance.now();
      });
      watch.observe(element.shadowRoot!, { childList: true, subtree: true, characterData: true });
      try {
        // SPEC lets the status wait up to 100 ms, so a quick answer never flashes "Loading" and
        // costs no render; the reserved height is there from the first render.
        expect(element.matches(':state(loading)')).to.equal(true);
        expect(textOf(element)).to.equal('');
        await waitUntil(() => textCame !== undefined, 'loading text', { timeout: 1000 });
      } finally {
        watch.disconnect();
      }
      // The live region is in the page before its text, so that screen readers announce it.
      expect(regionCame! - connected).to.be.within(40, 400);
      expect(textCame! - regionCame!).to.be.within(40, 400);
      expect(lowest).to.be.at.least(150);
      const status = part(element, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(textOf(status)).to.equal('Loading role information');
      expect(status.getBoundingClientRect().height).to.be.at.least(150);
      element.remove();
    });

    it('loading: nothing yet, the empty status and the loading text each pass axe', async () => {
      const { element } = await hanging(tag);
      expect(part(element, 'status')).to.equal(null);
      await expect(element).to.be.accessible();
      element.remove();
      // A new widget, so that the empty live region is not missed while axe runs on the first.
      const { element: second } = await hanging(tag);
      await waitUntil(() => part(second, 'status'), 'live region', { interval: 2 });
      expect(textOf(part(second, 'status'))).to.equal('');
      await expect(second).to.be.accessible();
      await loadingTextShows(second, 'loading text');
      await expect(second).to.be.accessible();
      second.remove();
    });

    it('says "Loading" again when a new src is slow, after a quick first load', async () => {
      const { element } = await widget(tag, (el) => {
        el.src = jsonUrl(validCatalogue);
        el.roleId = 'porter';
      });
      await settled(element);
      expect(part(element, 'status')).to.equal(null);
      element.timeoutMs = 30000;
      element.src = mockUrl('/mock/hang');
      await loadingTextShows(element, 'loading text for the second src');
      await expect(element).to.be.accessible();
      element.remove();
    });

    it('waits again before saying "Loading" for a later src, after a slow load', async () => {
      const { element } = await hanging(tag, mockUrl('/mock/hang?first'));
      await loadingTextShows(element, 'loading text for the first src');
      element.src = jsonUrl(validCatalogue);
      await settled(element);
      element.src = mockUrl('/mock/hang?second');
      // A quick answer now would replace an empty status, not a flash of "Loading".
      await quietThenLoading(element, 'for the second src');
      element.remove();
    });

    it('waits again when put back in the page while loading', async () => {
      const { element } = await hanging(tag);
      const page = element.parentElement!;
      element.remove();
      // Past the 100 ms it was waiting for: out of the page, no timer made its text due.
      await aTimeout(200);
      page.append(element);
      await quietThenLoading(element, 'when back');
      element.remove();
    });

    it('loading keeps 6rem by default, before and after the status shows', async () => {
      const { element } = await hanging(tag);
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(element.getBoundingClientRect().height).to.be.at.least(6 * rem - 0.5);
      await loadingTextShows(element, 'loading text');
      expect(part(element, 'status')!.getBoundingClientRect().height).to.be.at.least(6 * rem - 0.5);
      element.remove();
    });

    for (const { reason, src, roleId, timeoutMs, text, retry } of ERRORS) {
      it(`${reason}: a plain message inside the widget, and hc-data-error`, async () => {
        const { element, errors } = await widget(tag, (el) => {
          el.src = src();
          el.roleId = roleId ?? 'porter';
          if (timeoutMs) el.timeoutMs = timeoutMs;
        });
        await settled(element);
        const status = part(element, 'status')!;
        expect(textOf(status)).to.include('Sorry, there is a problem').and.include(text);
        expect(textOf(status)).not.to.include('roles[');
        expect(Boolean(part(element, 'retry')), 'Try again button').to.equal(retry);
        expect(errors.map((e) => e.reason)).to.deep.equal([reason]);
        await expect(element).to.be.accessible();
      });
    }

    it('"Try again" reloads, recovers and keeps focus in the widget', async () => {
      const url = mockUrl(`/mock/flaky?fail=1&file=${encodeURIComponent(jsonUrl(validCatalogue))}`);
      const { element } = await widget(tag, (el) => {
        el.src = url;
        el.roleId = 'data-analyst';
      });
      await settled(element);
      const retry = part<HTMLButtonElement>(element, 'retry')!;
      expect(retry.getBoundingClientRect().height).to.be.at.least(24);
      retry.focus();
      retry.click();
      await waitUntil(() => !part(element, 'status'), 'recovered');
      expect(textOf(element)).to.include('Data analyst');
      // Booleans: a failed equality between DOM nodes makes the runner serialise the page.
      expect(document.activeElement === element, 'focus in the widget').to.be.true;
      const active = element.shadowRoot!.activeElement;
      expect(active?.matches('[part~="heading"], fieldset'), 'heading or fieldset').to.be.true;
    });

    it('speaks Welsh in its loading and error states on a Welsh page', async () => {
      const container = await fixture(html`<div lang="cy"></div>`);
      const loading = document.createElement(tag);
      loading.src = mockUrl('/mock/hang');
      loading.roleId = 'porter';
      loading.timeoutMs = 30000;
      const failing = document.createElement(tag);
      failing.src = jsonUrl(validCatalogue);
      failing.roleId = 'astronaut';
      container.append(loading, failing);
      await waitUntil(() => textOf(part(loading, 'status')) !== '', 'loading text');
      expect(textOf(part(loading, 'status'))).to.equal("Wrthi'n llwytho gwybodaeth am y rôl");
      await settled(failing);
      expect(textOf(part(failing, 'status'))).to.include("Mae'n ddrwg gennym, mae problem");
      await expect(failing).to.be.accessible();
      loading.remove();
    });

    it('hides its no-script fallback content once it renders', async () => {
      const element = await fixture(html`<div><a href="/careers">Careers fallback link</a></div>`);
      const host = document.createElement(tag);
      host.roleData = analystRole;
      host.append(element.querySelector('a')!);
      element.append(host);
      await host.updateComplete;
      expect(host.querySelector('a')!.getClientRects().length).to.equal(0);
      expect(textOf(host)).to.include('Data analyst');
    });
  });
}
