import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/careers-data.js';
import '../fixtures/role-probe.js';
import type { HcCareersData } from '../../src/elements/careers-data/careers-data.js';
import type { DataErrorDetail } from '../../src/data/events.js';
import { catalogueWithBadRole, otherCatalogue, validCatalogue } from '../fixtures/catalogues.js';
import { jsonUrl, nextEvent, mockUrl, recordFetches, requestCount } from '../fixtures/requests.js';

/** What a person reads in a probe widget. */
const shown = (probe: Element) => probe.shadowRoot?.textContent?.trim() ?? '';

/** Resolves when every probe inside `root` has left the loading state. */
async function settled(root: ParentNode) {
  const probes = [...root.querySelectorAll('hc-test-role-probe')];
  await waitUntil(
    () => probes.every((probe) => shown(probe) !== 'Loading'),
    'widgets still loading',
  );
  return probes;
}

const inlineScript = (value: unknown) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof value === 'string' ? value : JSON.stringify(value);
  return script;
};

describe('<hc-careers-data>', () => {
  it('loads its src, announces it and gives the role to the widgets inside', async () => {
    const url = jsonUrl(validCatalogue);
    const element = document.createElement('hc-careers-data');
    element.src = url;
    element.roleId = 'data-analyst';
    element.innerHTML = '<p>Page text</p><hc-test-role-probe></hc-test-role-probe>';
    const loaded = nextEvent(element, 'hc-data-loaded');
    await fixture(element);
    const { detail } = await loaded;
    expect(detail.src).to.equal(new URL(url, location.href).href);
    expect(detail.catalogue.roles).to.have.length(2);
    const [probe] = await settled(element);
    expect(shown(probe!)).to.equal('Data analyst');
    expect(getComputedStyle(element).display).to.equal('contents');
    expect(element.querySelector('p')!.textContent).to.equal('Page text');
    await expect(element).to.be.accessible();
  });

  it('uses an inline JSON script without any request, announcing src null', async () => {
    const element = document.createElement('hc-careers-data');
    element.roleId = 'porter';
    element.append(inlineScript(validCatalogue), document.createElement('hc-test-role-probe'));
    const loaded = nextEvent(element, 'hc-data-loaded');
    const fetches = recordFetches();
    await fixture(element);
    expect((await loaded).detail.src).to.equal(null);
    const [probe] = await settled(element);
    fetches.stop();
    expect(shown(probe!)).to.equal('Porter');
    expect(fetches.urls).to.deep.equal([]);
  });

  it('makes no request at all when given .catalogue', async () => {
    const fetches = recordFetches();
    const element = await fixture<HcCareersData>(html`
      <hc-careers-data .catalogue=${validCatalogue} role-id="porter">
        <hc-test-role-probe></hc-test-role-probe>
      </hc-careers-data>
    `);
    const [probe] = await settled(element);
    fetches.stop();
    expect(shown(probe!)).to.equal('Porter');
    expect(fetches.urls).to.deep.equal([]);
    expect(element.timeoutMs).to.equal(10000);
  });

  it('reports a src the browser cannot parse as network, to itself and its widgets', async () => {
    const element = document.createElement('hc-careers-data');
    element.src = 'https://[::1/x.json';
    element.roleId = 'porter';
    element.append(document.createElement('hc-test-role-probe'));
    const failed = nextEvent(element, 'hc-data-error');
    await fixture(element);
    expect((await failed).detail.reason).to.equal('network');
    const [probe] = await settled(element);
    expect(shown(probe!)).to.equal('network');
  });

  it('uses .catalogue first, then inline JSON, then src', async () => {
    const url = jsonUrl(otherCatalogue);
    const element = await fixture<HcCareersData>(html`
      <hc-careers-data src=${url} role-id="data-analyst" .catalogue=${validCatalogue}>
        <script type="application/json">
          ${JSON.stringify(otherCatalogue)}
        </script>
        <hc-test-role-probe></hc-test-role-probe>
      </hc-careers-data>
    `);
    const [probe] = await settled(element);
    expect(shown(probe!)).to.equal('Data analyst');

    element.catalogue = undefined;
    await element.updateComplete;
    await waitUntil(() => shown(probe!) === 'Data analyst (other catalogue)', 'inline JSON used');
    expect(await requestCount(url)).to.equal(0);

    element.querySelector('script')!.remove();
    await waitUntil(() => shown(probe!) === 'Data analyst (other catalogue)');
    await waitUntil(async () => (await requestCount(url)) === 1, 'src loaded once inline went');
  });

  it('follows inline JSON that a CMS puts in after the element upgraded', async () => {
    const element = await fixture<HcCareersData>(html`
      <hc-careers-data role-id="porter"><hc-test-role-probe></hc-test-role-probe></hc-careers-data>
    `);
    element.prepend(inlineScript(validCatalogue));
    const probe = element.querySelector('hc-test-role-probe')!;
    await waitUntil(() => shown(probe) === 'Porter', 'inline JSON picked up');
  });

  it('reports inline JSON that does not parse, and its widgets show that error', async () => {
    const element = document.createElement('hc-careers-data');
    element.roleId = 'porter';
    element.append(inlineScript('{ "schemaVersion": 1, roles: [] }'));
    element.append(document.createElement('hc-test-role-probe'));
    const failed = nextEvent(element, 'hc-data-error');
    await fixture(element);
    const { detail } = await failed;
    expect(detail).to.include({ src: null, reason: 'parse', path: null, roleId: 'porter' });
    const [probe] = await settled(element);
    expect(shown(probe!)).to.equal('parse');
    await expect(element).to.be.accessible();
  });

  it('gives its own failure to its widgets; they never fall back to the default catalogue', async () => {
    const url = mockUrl('/test/fixtures/missing.json');
    const probeErrors: DataErrorDetail[] = [];
    const element = document.createElement('hc-careers-data');
    element.src = url;
    element.roleId = 'clinical-informatics';
    const probe = document.createElement('hc-test-role-probe');
    probe.addEventListener('hc-data-error', (event) => probeErrors.push(event.detail));
    element.append(probe);
    const failed = nextEvent(element, 'hc-data-error');
    await fixture(element);
    expect((await failed).detail).to.include({ reason: 'http', roleId: 'clinical-informatics' });
    await settled(element);
    expect(shown(probe)).to.equal('http');
    expect(probeErrors).to.have.length(1);
    expect(probeErrors[0]).to.deep.equal({
      src: new URL(url, location.href).href,
      roleId: 'clinical-informatics',
      reason: 'http',
      path: null,
      message: probeErrors[0]!.message,
    });
    expect(probeErrors[0]!.message).to.include('404');
  });

  it('makes one request for ten widgets, and lets each name its own role', async () => {
    const url = jsonUrl(validCatalogue);
    const element = await fixture<HcCareersData>(html`
      <hc-careers-data src=${url} role-id="porter">
        ${Array.from({ length: 9 }, () => html`<hc-test-role-probe></hc-test-role-probe>`)}
        <hc-test-role-probe role-id="data-analyst"></hc-test-role-probe>
      </hc-careers-data>
    `);
    const probes = await settled(element);
    expect(probes.map(shown)).to.deep.equal([...Array<string>(9).fill('Porter'), 'Data analyst']);
    expect(await requestCount(url)).to.equal(1);
  });

  it("shows a bad role as invalid while the catalogue's other roles render", async () => {
    const errors: DataErrorDetail[] = [];
    const element = await fixture<HcCareersData>(html`
      <hc-careers-data
        .catalogue=${catalogueWithBadRole}
        @hc-data-error=${(event: CustomEvent<DataErrorDetail>) => errors.push(event.detail)}
      >
        <hc-test-role-probe role-id="porter"></hc-test-role-probe>
        <hc-test-role-probe role-id="broken"></hc-test-role-probe>
      </hc-careers-data>
    `);
    const probes = await settled(element);
    expect(probes.map(shown)).to.deep.equal(['Porter', 'invalid']);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ path: 'roles[2].skills[0].label', roleId: 'broken', src: null });
  });

  it('reloads on reload(), bypassing the cache, and its widgets recover', async () => {
    const url = mockUrl(`/mock/flaky?fail=1&file=${encodeURIComponent(jsonUrl(validCatalogue))}`);
    const element = document.createElement('hc-careers-data');
    element.src = url;
    element.roleId = 'porter';
    const probe = document.createElement('hc-test-role-probe');
    element.append(probe);
    const failed = nextEvent(element, 'hc-data-error');
    await fixture(element);
    expect((await failed).detail.reason).to.equal('http');
    const loaded = nextEvent(element, 'hc-data-loaded');
    element.reload();
    await loaded;
    await waitUntil(() => shown(probe) === 'Porter', 'widget recovered');
    expect(await requestCount(url)).to.equal(2);
  });

  it('follows a change of src and of role-id', async () => {
    const element = await fixture<HcCareersData>(html`
      <hc-careers-data src=${jsonUrl(validCatalogue)} role-id="data-analyst">
        <hc-test-role-probe></hc-test-role-probe>
      </hc-careers-data>
    `);
    const [probe] = await settled(element);
    expect(shown(probe!)).to.equal('Data analyst');
    element.src = jsonUrl(otherCatalogue);
    await waitUntil(() => shown(probe!) === 'Data analyst (other catalogue)', 'new src used');
    element.setAttribute('role-id', 'porter');
    await waitUntil(() => shown(probe!) === 'not-found', 'new role-id used');
  });

  it('loads the default catalogue when given no source at all', async () => {
    const element = document.createElement('hc-careers-data');
    const loaded = nextEvent(element, 'hc-data-loaded');
    await fixture(element);
    const { detail } = await loaded;
    expect(detail.src).to.match(/\/data\/nhs-careers\.json$/);
    expect(detail.catalogue.roles).to.have.length(48);
  });

  it('loads once with a timeout-ms that is not a number, and announces it once', async () => {
    const url = jsonUrl(validCatalogue);
    const element = document.createElement('hc-careers-data');
    element.src = url;
    element.setAttribute('timeout-ms', 'soon');
    let loaded = 0;
    element.addEventListener('hc-data-loaded', () => (loaded += 1));
    await fixture(element);
    await waitUntil(() => loaded > 0, 'hc-data-loaded never fired');
    await aTimeout(100);
    expect(loaded).to.equal(1);
    expect(await requestCount(url)).to.equal(1);
  });

  it('times out after timeout-ms', async () => {
    const element = document.createElement('hc-careers-data');
    element.src = mockUrl('/mock/hang');
    element.setAttribute('timeout-ms', '200');
    const failed = nextEvent(element, 'hc-data-error');
    await fixture(element);
    expect((await failed).detail.reason).to.equal('timeout');
  });
});
