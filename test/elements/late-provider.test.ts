// In its own file (its own page): the widget must be defined before <hc-careers-data> is.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../fixtures/role-probe.js';
import { validCatalogue } from '../fixtures/catalogues.js';
import { jsonUrl, recordFetches, requestCount } from '../fixtures/requests.js';

const shown = (probe: Element) => probe.shadowRoot?.textContent?.trim() ?? '';

describe('a widget defined before its provider', () => {
  it('waits for the provider instead of loading the default catalogue, then gets its data', async () => {
    const url = jsonUrl(validCatalogue);
    const fetches = recordFetches();
    const container = await fixture(html`
      <hc-careers-data src=${url} role-id="porter">
        <hc-test-role-probe></hc-test-role-probe>
      </hc-careers-data>
    `);
    const probe = container.querySelector('hc-test-role-probe')!;
    await probe.updateComplete;
    expect(customElements.get('hc-careers-data')).to.equal(undefined);
    expect(shown(probe)).to.equal('Loading');

    await import('../../src/elements/careers-data/define.js');
    await waitUntil(() => shown(probe) === 'Porter', 'provider answered late');
    fetches.stop();
    expect(fetches.urls).to.deep.equal([new URL(url, location.href).href]);
    expect(await requestCount(url)).to.equal(1);
  });
});
