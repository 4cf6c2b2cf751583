// Failing networks, big data, lost feedback and busy host pages.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { FeedbackPayload } from '../../src/elements/feedback-form/feedback-form.js';
import { loadCatalogue } from '../../src/data/loader.js';
import { analystRole, validCatalogue } from '../fixtures/catalogues.js';
import { jsonUrl, mockUrl, requestCount } from '../fixtures/requests.js';
import { part, settled, textOf } from '../fixtures/widgets.js';

describe('network', () => {
  it('shows loading, within the reserved height, for a 3 s answer, then the role', async () => {
    const url = mockUrl(`/mock/slow?ms=3000&file=${encodeURIComponent(jsonUrl(validCatalogue))}`);
    const card = await fixture<HTMLElement>(
      html`<hc-role-card
        src=${url}
        role-id="porter"
        style="--hc-loading-min-height: 200px"
      ></hc-role-card>`,
    );
    await aTimeout(1000);
    expect(textOf(card)).to.equal('Loading role information');
    const loadingHeight = card.getBoundingClientRect().height;
    expect(loadingHeight).to.be.at.least(200);
    await settled(card);
    expect(textOf(part(card, 'heading'))).to.equal('Porter');
  });

  it('loads a 5 MB catalogue and shows its last role', async () => {
    const url = mockUrl('/mock/big?roles=9100');
    const size = (await (await fetch(url)).text()).length;
    expect(size).to.be.greaterThan(5_000_000);
    const started = performance.now();
    const card = await fixture<HTMLElement>(
      html`<hc-role-card src=${url} role-id="role-9099"></hc-role-card>`,
    );
    await waitUntil(() => textOf(part(card, 'heading')) === 'Role number 9099', 'rendered', {
      timeout: 15000,
    });
    console.log(
      `5 MB catalogue (${(size / 1e6).toFixed(1)} MB): ready in ${Math.round(performance.now() - started)} ms`,
    );
  });
});

describe('feedback that must not be lost', () => {
  it('500, then a dropped connection, then success: delivered once, one key, exact text', async () => {
    const key = crypto.randomUUID();
    const form = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`
      <hc-feedback-form
        page="/hard"
        endpoint=${`/mock/feedback?key=${key}&fail=1&reset=2`}
      ></hc-feedback-form>
    `);
    const message = 'Crème brûlée 🍮\nsecond line\n\n  third — “quoted” \u200B';
    const textarea = form.shadowRoot!.querySelector('textarea')!;
    textarea.value = message;
    textarea.dispatchEvent(new Event('input'));
    const failures: string[] = [];
    form.addEventListener('hc-feedback-failed', (event) => failures.push(event.detail.reason));
    const sent = () => form.shadowRoot!.querySelector('[part~="success"]');
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    // Each failure keeps the text and offers a retry; Chrome may itself retry a POST whose
    // connection dropped, so the dropped one may or may not surface as a failure.
    for (let attempt = 0; attempt < 3 && !sent(); attempt += 1) {
      const seen = failures.length;
      await waitUntil(() => sent() || failures.length > seen, 'an answer', { timeout: 10000 });
      await form.updateComplete;
      if (sent()) break;
      expect(textarea.value).to.equal(message);
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    }
    await waitUntil(sent, 'delivered', { timeout: 10000 });
    expect(failures[0]).to.equal('http');
    expect(failures.slice(1)).to.satisfy((rest: string[]) => rest.every((r) => r === 'network'));
    const log = (await (await fetch(`/mock/feedback-log?key=${key}`)).json()) as {
      idempotencyKey: string;
      body: string;
    }[];
    expect(log).to.have.length(3);
    expect(new Set(log.map((entry) => entry.idempotencyKey)).size).to.equal(1);
    const delivered = JSON.parse(log[2]!.body) as FeedbackPayload;
    expect(delivered.message).to.equal(message);
    expect(delivered.id).to.equal(log[2]!.idempotencyKey);
  });

  it('keeps the draft across a page reload', async () => {
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    const loaded = () =>
      new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    const open = async () => {
      const wait = loaded();
      iframe.src = '/test/e2e/pages/clean.html';
      await wait;
      const form = iframe.contentDocument!.querySelector('hc-feedback-form')!;
      await waitUntil(() => form.shadowRoot?.querySelector('textarea'), 'form rendered');
      return form.shadowRoot!.querySelector('textarea')!;
    };
    const first = await open();
    first.value = 'Typed before the reload';
    first.dispatchEvent(new Event('input'));
    const wait = loaded();
    iframe.contentWindow!.location.reload();
    await wait;
    const form = iframe.contentDocument!.querySelector('hc-feedback-form')!;
    await waitUntil(() => form.shadowRoot?.querySelector('textarea'), 'form rendered again');
    expect(form.shadowRoot!.querySelector('textarea')!.value).to.equal('Typed before the reload');
    iframe.contentWindow!.sessionStorage.clear();
    iframe.remove();
  });
});

describe('busy host pages', () => {
  it("works inside another component's shadow root, following its lang", async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const section = document.createElement('section');
    section.lang = 'cy';
    const card = document.createElement('hc-role-card');
    card.roleData = analystRole;
    section.append(card);
    root.append(section);
    await settled(card);
    expect(textOf(part(card, 'bands'))).to.equal('Bandiau 5 i 7');
    section.lang = 'en';
    await waitUntil(() => textOf(part(card, 'bands')) === 'Bands 5 to 7', 'followed lang to en');
  });

  it('follows lang, src and role-id changed after render', async () => {
    const first = jsonUrl(validCatalogue);
    const card = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<hc-role-card src=${first} role-id="porter"></hc-role-card>`,
    );
    await settled(card);
    card.setAttribute('role-id', 'data-analyst');
    await waitUntil(() => textOf(part(card, 'heading')) === 'Data analyst');
    card.setAttribute('lang', 'cy');
    await waitUntil(() => textOf(part(card, 'bands')) === 'Bandiau 5 i 7');
    const second = jsonUrl({
      ...validCatalogue,
      roles: [{ ...analystRole, title: 'Dadansoddwr data' }],
    });
    card.setAttribute('src', second);
    await waitUntil(() => textOf(part(card, 'heading')) === 'Dadansoddwr data');
    expect(await requestCount(first)).to.equal(1);
  });

  it('survives 1,000 create/remove cycles without growing memory, listeners or timers', async () => {
    const gc = (window as { gc?: () => void }).gc;
    // performance.memory is Chromium's alone: Firefox and WebKit check listeners, timers and
    // requests, and Chromium the heap as well.
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    const heap = () => memory?.usedJSHeapSize ?? 0;
    const container = await fixture(html`<div lang="en"></div>`);
    const url = jsonUrl(validCatalogue);
    // In the cache before the cycles: each fetching widget then renders from it.
    await loadCatalogue(url);
    // Each kind of widget and data source: roleData, a provider with a checklist inside (form
    // association), a widget fetching its own src (cached after the first time), a form.
    const cycle = async (count: number) => {
      for (let index = 0; index < count; index += 1) {
        const card = document.createElement('hc-role-card');
        card.roleData = analystRole;
        const form = document.createElement('hc-feedback-form');
        const provider = document.createElement('hc-careers-data');
        provider.catalogue = validCatalogue;
        provider.roleId = 'data-analyst';
        const checklist = document.createElement('hc-skills-checklist');
        checklist.name = 'skills';
        provider.append(checklist);
        const fetching = document.createElement('hc-requirements-list');
        fetching.src = url;
        fetching.roleId = 'porter';
        container.append(card, form, provider, fetching);
        await Promise.all([card, form, checklist, fetching].map((each) => each.updateComplete));
        form.shadowRoot?.querySelector('textarea')?.dispatchEvent(new Event('input'));
        checklist.shadowRoot?.querySelector('input')?.click();
        await fetching.updateComplete;
        expect(textOf(part(fetching, 'heading')), 'from the cached catalogue').to.include('Porter');
        container.replaceChildren();
      }
    };
    await cycle(100); // warm up: compiled templates, style sheets
    gc?.();
    const before = heap();
    // Count what the widgets leave behind on the page: listeners on window, document and the
    // root element, and timers neither fired nor cleared.
    const pageTargets = new Set<EventTarget>([window, document, document.documentElement]);
    let pageListeners = 0;
    const pending = new Set<number>();
    const { addEventListener, removeEventListener } = EventTarget.prototype;
    const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout } = window;
    EventTarget.prototype.addEventListener = function (
      this: EventTarget,
      ...args: Parameters<EventTarget['addEventListener']>
    ) {
      if (pageTargets.has(this)) pageListeners += 1;
      return addEventListener.apply(this, args);
    };
    EventTarget.prototype.removeEventListener = function (
      this: EventTarget,
      ...args: Parameters<EventTarget['removeEventListener']>
    ) {
      if (pageTargets.has(this)) pageListeners -= 1;
      return removeEventListener.apply(this, args);
    };
    window.setTimeout = ((handler: () => void, ms?: number) => {
      const id = realSetTimeout(() => {
        pending.delete(id);
        handler();
      }, ms);
      pending.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) pending.delete(id);
      realClearTimeout(id);
    }) as typeof window.clearTimeout;
    try {
      await cycle(1000);
    } finally {
      Object.assign(EventTarget.prototype, { addEventListener, removeEventListener });
      Object.assign(window, { setTimeout: realSetTimeout, clearTimeout: realClearTimeout });
    }
    expect(pageListeners, 'page-level listeners left behind').to.equal(0);
    expect(pending.size, 'timers left pending').to.equal(0);
    await aTimeout(1200);
    gc?.();
    const after = heap();
    const growth = after - before;
    if (memory) {
      console.log(
        `1,000 create/remove cycles: heap ${(before / 1e6).toFixed(2)} MB -> ${(after / 1e6).toFixed(2)} MB (${gc ? 'after gc' : 'no gc available'})`,
      );
    }
    expect(container.children).to.have.length(0);
    expect(await requestCount(url), 'one request for 1,100 fetching widgets').to.equal(1);
    if (gc && memory) expect(growth).to.be.below(1_000_000);
  });
});
