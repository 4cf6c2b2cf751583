// The built CDN bundle, as a page gets it: `npm test` builds before the browser tests run.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nextEvent } from '../fixtures/requests.js';

const BUNDLE = '/dist/cdn/hc-widgets.js';

describe('dist/cdn/hc-widgets.js', () => {
  before(async () => {
    const response = await fetch(BUNDLE, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first.`);
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('is one module with no imports and no inlined catalogue', async () => {
    const code = await (await fetch(BUNDLE)).text();
    expect(code).not.to.match(/^\s*import[\s{*]/m);
    expect(code).not.to.match(/\bimport\s*\(\s*["'`]/);
    expect(code).not.to.include('data:application/json');
    expect(code).not.to.include('Lit is in dev mode');
  });

  it('defines <hc-careers-data>, which fetches the default catalogue from beside the bundle', async () => {
    expect(customElements.get('hc-careers-data')).to.be.a('function');
    const element = document.createElement('hc-careers-data');
    const loaded = nextEvent(element, 'hc-data-loaded');
    await fixture(element);
    const { detail } = await loaded;
    expect(detail.src).to.equal(new URL('/dist/cdn/data/nhs-careers.json', location.href).href);
    const shipped = (await (
      await fetch('/data/nhs-careers.json')
    ).json()) as typeof detail.catalogue;
    expect(detail.catalogue).to.deep.equal(shipped);
  });

  it('defines all six elements', () => {
    for (const tag of [
      'hc-careers-data',
      'hc-role-card',
      'hc-requirements-list',
      'hc-skills-checklist',
      'hc-feedback-form',
      'hc-role-finder',
    ]) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('defines the widgets, which render the default catalogue', async () => {
    const container = await fixture(html`
      <div>
        <hc-role-card role-id="clinical-coder"></hc-role-card>
        <hc-requirements-list role-id="clinical-coder" heading-level="3"></hc-requirements-list>
      </div>
    `);
    const [card, list] = [...container.children];
    await waitUntil(() => card!.shadowRoot?.querySelector('h2'), 'card rendered');
    expect(card!.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal('Clinical coder');
    await waitUntil(() => list!.shadowRoot?.querySelector('h3'), 'list rendered');
    expect(list!.shadowRoot!.querySelectorAll('h4')).to.have.length(3);
    await expect(container).to.be.accessible();
  });

  it('lets a second copy on the page load quietly', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await import(/* @vite-ignore */ `${BUNDLE}?second-copy`);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([]);
    const element = await fixture(html`<hc-careers-data></hc-careers-data>`);
    await waitUntil(() => getComputedStyle(element).display === 'contents');
  });
});
