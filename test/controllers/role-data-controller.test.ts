import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/careers-data.js';
import '../fixtures/role-probe.js';
import type { DataErrorDetail } from '../../src/data/events.js';
import type { HcTestRoleProbe } from '../fixtures/role-probe.js';
import { analystRole, otherCatalogue, porterRole, validCatalogue } from '../fixtures/catalogues.js';
import { jsonUrl, nextEvent, mockUrl, requestCount, serverSaw } from '../fixtures/requests.js';

const shown = (probe: Element) => probe.shadowRoot?.textContent?.trim() ?? '';
const ready = (probe: Element) =>
  waitUntil(() => shown(probe) !== 'Loading', 'widget still loading');

/** A probe with a listener attached before it connects, so no early event is missed. */
function probeWithErrors(setup: (probe: HcTestRoleProbe) => void) {
  const probe = document.createElement('hc-test-role-probe');
  const errors: DataErrorDetail[] = [];
  probe.addEventListener('hc-data-error', (event) => errors.push(event.detail));
  setup(probe);
  return { probe, errors };
}

describe('widget data (RoleDataController)', () => {
  describe('precedence', () => {
    it('roleData wins over own src, provider and default catalogue, with no request', async () => {
      const url = jsonUrl(otherCatalogue);
      const container = await fixture(html`
        <hc-careers-data .catalogue=${otherCatalogue} role-id="data-analyst">
          <hc-test-role-probe src=${url} .roleData=${porterRole}></hc-test-role-probe>
        </hc-careers-data>
      `);
      const probe = container.querySelector('hc-test-role-probe')!;
      await ready(probe);
      expect(shown(probe)).to.equal('Porter');
      expect(await requestCount(url)).to.equal(0);
    });

    it("the widget's own src wins over its provider", async () => {
      const url = jsonUrl(otherCatalogue);
      const container = await fixture(html`
        <hc-careers-data .catalogue=${validCatalogue} role-id="data-analyst">
          <hc-test-role-probe src=${url}></hc-test-role-probe>
        </hc-careers-data>
      `);
      const probe = container.querySelector('hc-test-role-probe')!;
      await ready(probe);
      expect(shown(probe)).to.equal('Data analyst (other catalogue)');
    });

    it('the nearest provider wins over an outer one', async () => {
      const container = await fixture(html`
        <hc-careers-data .catalogue=${otherCatalogue} role-id="data-analyst">
          <div>
            <hc-careers-data .catalogue=${validCatalogue}>
              <hc-test-role-probe></hc-test-role-probe>
            </hc-careers-data>
          </div>
        </hc-careers-data>
      `);
      const probe = container.querySelector('hc-test-role-probe')!;
      await ready(probe);
      // The inner provider names no role, so the widget has none: not the outer's role-id.
      expect(shown(probe)).to.equal('not-found');
    });

    it('finds a provider across a shadow root', async () => {
      const container = await fixture(html`
        <hc-careers-data .catalogue=${validCatalogue} role-id="porter"><div></div></hc-careers-data>
      `);
      const host = container.querySelector('div')!;
      const probe = document.createElement('hc-test-role-probe');
      host.attachShadow({ mode: 'open' }).append(probe);
      await ready(probe);
      expect(shown(probe)).to.equal('Porter');
    });

    it('falls back to the default catalogue, found beside the module', async () => {
      const { probe, errors } = probeWithErrors((p) => (p.roleId = 'clinical-informatics'));
      await fixture(probe);
      await ready(probe);
      expect(shown(probe)).to.equal('Clinical informatics');
      expect(errors).to.deep.equal([]);
    });
  });

  describe('errors', () => {
    it('fires hc-data-error once, with SPEC detail, for an unknown role', async () => {
      const url = jsonUrl(validCatalogue);
      const { probe, errors } = probeWithErrors((p) => {
        p.src = url;
        p.roleId = 'astronaut';
      });
      const composedSeen = nextEvent(document, 'hc-data-error');
      await fixture(probe);
      await ready(probe);
      expect(shown(probe)).to.equal('not-found');
      expect((await composedSeen).detail.roleId).to.equal('astronaut');
      probe.requestUpdate();
      await probe.updateComplete;
      expect(errors).to.have.length(1);
      expect(errors[0]).to.deep.equal({
        src: new URL(url, location.href).href,
        roleId: 'astronaut',
        reason: 'not-found',
        path: null,
        message: errors[0]!.message,
      });
      expect(errors[0]!.message).to.include('astronaut');
    });

    it('is not-found with no role id anywhere', async () => {
      const { probe, errors } = probeWithErrors((p) => (p.src = jsonUrl(validCatalogue)));
      await fixture(probe);
      await ready(probe);
      expect(errors.map((e) => [e.reason, e.roleId])).to.deep.equal([['not-found', null]]);
    });

    it('needs no role id in a widget that needs no role (the feedback form)', async () => {
      const probe = await fixture(
        html`<hc-test-optional-role-probe
          src=${jsonUrl(validCatalogue)}
        ></hc-test-optional-role-probe>`,
      );
      await ready(probe);
      expect(shown(probe)).to.equal('No role');
    });

    it('checks roleData like a role: invalid, path from the role, src null', async () => {
      const { probe, errors } = probeWithErrors((p) => {
        p.roleData = { ...analystRole, skills: [{ id: 'x', label: '' }] };
      });
      await fixture(probe);
      await ready(probe);
      expect(shown(probe)).to.equal('invalid');
      expect(errors[0]).to.include({
        src: null,
        roleId: 'data-analyst',
        reason: 'invalid',
        path: 'skills[0].label',
      });
    });

    it('shows a javascript: URL in the data as invalid, naming the field', async () => {
      const { probe, errors } = probeWithErrors((p) => {
        p.roleData = { ...analystRole, url: ' JavaScript:alert(1)' };
      });
      await fixture(probe);
      await ready(probe);
      expect(errors[0]).to.include({ reason: 'invalid', path: 'url' });
    });

    it('times out after its own timeout-ms', async () => {
      const { probe, errors } = probeWithErrors((p) => {
        p.src = mockUrl('/mock/hang');
        p.roleId = 'porter';
        p.timeoutMs = 200;
      });
      await fixture(probe);
      await ready(probe);
      expect(errors.map((e) => e.reason)).to.deep.equal(['timeout']);
    });

    it('loads once with a timeout-ms that is not a number, waiting the default', async () => {
      const url = jsonUrl(validCatalogue);
      const probe = await fixture<HcTestRoleProbe>(html`
        <hc-test-role-probe src=${url} role-id="porter" timeout-ms="10s"></hc-test-role-probe>
      `);
      await ready(probe);
      expect(shown(probe)).to.equal('Porter');
      expect(probe.timeoutMs).to.be.NaN;
      // Several frames later it has neither asked again nor left the role.
      await aTimeout(100);
      expect(shown(probe)).to.equal('Porter');
      expect(await requestCount(url)).to.equal(1);
      await expect(probe).to.be.accessible();
    });

    it('a new timeout-ms alone makes a failed catalogue load again', async () => {
      const url = mockUrl(`/mock/flaky?fail=1&file=${encodeURIComponent(jsonUrl(validCatalogue))}`);
      const probe = await fixture<HcTestRoleProbe>(html`
        <hc-test-role-probe src=${url} role-id="porter"></hc-test-role-probe>
      `);
      await ready(probe);
      expect(shown(probe)).to.equal('http');
      probe.timeoutMs = 5000;
      await waitUntil(() => shown(probe) === 'Porter', 'no second load after the new timeout');
      expect(await requestCount(url)).to.equal(2);
      await expect(probe).to.be.accessible();
    });

    it('recovers on reload() after a failure, and reports the recovery', async () => {
      const url = mockUrl(`/mock/flaky?fail=1&file=${encodeURIComponent(jsonUrl(validCatalogue))}`);
      const { probe, errors } = probeWithErrors((p) => {
        p.src = url;
        p.roleId = 'porter';
      });
      await fixture(probe);
      await ready(probe);
      expect(shown(probe)).to.equal('http');
      probe.reload();
      await waitUntil(() => shown(probe) === 'Porter', 'recovered');
      expect(errors).to.have.length(1);
      expect(await requestCount(url)).to.equal(2);
    });

    it('reports a src the browser cannot parse as network, and ignores the provider for it', async () => {
      const { probe, errors } = probeWithErrors((p) => (p.src = 'https://[::1/x.json'));
      const provider = await fixture(
        html`<hc-careers-data .catalogue=${validCatalogue} role-id="porter"></hc-careers-data>`,
      );
      provider.append(probe);
      await waitUntil(() => shown(probe) === 'network', 'no network error shown');
      expect(errors.map((e) => [e.reason, e.src])).to.deep.equal([
        ['network', 'https://[::1/x.json'],
      ]);
    });

    it('sends hc-data-error out of a shadow root (bubbles and composed)', async () => {
      const host = await fixture(html`<div></div>`);
      const probe = document.createElement('hc-test-role-probe');
      probe.src = jsonUrl(validCatalogue);
      probe.roleId = 'astronaut';
      const seen = nextEvent(document, 'hc-data-error');
      host.attachShadow({ mode: 'open' }).append(probe);
      const event = await seen;
      // Seen from the document, the event comes from the shadow root's host: it crossed it.
      expect([event.bubbles, event.composed, event.target]).to.deep.equal([true, true, host]);
      expect(event.detail.reason).to.equal('not-found');
    });

    it('waits 10 seconds for a catalogue unless timeout-ms says otherwise', async () => {
      const probe = await fixture<HcTestRoleProbe>(
        html`<hc-test-role-probe .roleData=${porterRole}></hc-test-role-probe>`,
      );
      expect(probe.timeoutMs).to.equal(10000);
      probe.setAttribute('timeout-ms', '2500');
      expect(probe.timeoutMs).to.equal(2500);
    });
  });

  describe('requests', () => {
    it('stays loading until the data comes', async () => {
      const url = mockUrl(`/mock/slow?ms=400&file=${encodeURIComponent(jsonUrl(validCatalogue))}`);
      const probe = await fixture<HcTestRoleProbe>(
        html`<hc-test-role-probe src=${url} role-id="porter"></hc-test-role-probe>`,
      );
      expect(shown(probe)).to.equal('Loading');
      await expect(probe).to.be.accessible();
      await ready(probe);
      expect(shown(probe)).to.equal('Porter');
    });

    it('aborts the request quietly when its last waiting widget leaves the page', async () => {
      const url = mockUrl('/mock/hang');
      const { probe, errors } = probeWithErrors((p) => {
        p.src = url;
        p.roleId = 'porter';
        p.timeoutMs = 30000;
      });
      await fixture(probe);
      await waitUntil(async () => (await requestCount(url)) === 1, 'request sent');
      probe.remove();
      await waitUntil(async () => (await serverSaw(url)).aborted === 1, 'request aborted');
      expect(errors).to.deep.equal([]);
    });

    it('keeps the request for the widgets still waiting when one leaves', async () => {
      const url = mockUrl(`/mock/slow?ms=400&file=${encodeURIComponent(jsonUrl(validCatalogue))}`);
      const container = await fixture(html`
        <div>
          <hc-test-role-probe src=${url} role-id="porter"></hc-test-role-probe>
          <hc-test-role-probe src=${url} role-id="data-analyst"></hc-test-role-probe>
        </div>
      `);
      const [leaving, staying] = container.querySelectorAll('hc-test-role-probe');
      await aTimeout(50);
      leaving!.remove();
      await ready(staying!);
      expect(shown(staying!)).to.equal('Data analyst');
      expect(await requestCount(url)).to.equal(1);
    });

    it('loads again when a widget that left mid-request comes back', async () => {
      const url = mockUrl(`/mock/slow?ms=300&file=${encodeURIComponent(jsonUrl(validCatalogue))}`);
      const container = await fixture(html`<div></div>`);
      const probe = document.createElement('hc-test-role-probe');
      probe.src = url;
      probe.roleId = 'porter';
      container.append(probe);
      // The server's own count, not a fixed wait: under load a request aborted within 50 ms
      // may never reach it (WebKit on a busy CI machine).
      await waitUntil(async () => (await requestCount(url)) === 1, 'first request sent');
      probe.remove();
      // The loader aborts a request nobody waits for a microtask after the last one leaves.
      await aTimeout(50);
      container.append(probe);
      await ready(probe);
      expect(shown(probe)).to.equal('Porter');
      expect(await requestCount(url)).to.equal(2);
    });

    it('does not restart its request when moved to another place in the page', async () => {
      const url = mockUrl(`/mock/slow?ms=300&file=${encodeURIComponent(jsonUrl(validCatalogue))}`);
      const container = await fixture(
        html`<div>
          <section></section>
          <aside></aside>
        </div>`,
      );
      const probe = document.createElement('hc-test-role-probe');
      probe.src = url;
      probe.roleId = 'porter';
      container.querySelector('section')!.append(probe);
      await aTimeout(50);
      container.querySelector('aside')!.append(probe);
      await ready(probe);
      expect(shown(probe)).to.equal('Porter');
      expect(await requestCount(url)).to.equal(1);
    });

    it('follows a change of src', async () => {
      const probe = await fixture<HcTestRoleProbe>(
        html`<hc-test-role-probe
          src=${jsonUrl(validCatalogue)}
          role-id="data-analyst"
        ></hc-test-role-probe>`,
      );
      await ready(probe);
      probe.src = jsonUrl(otherCatalogue);
      await waitUntil(() => shown(probe) === 'Data analyst (other catalogue)', 'new src');
    });

    it('leaves its provider when moved out of it, and takes the default catalogue', async () => {
      const container = await fixture(html`
        <div>
          <hc-careers-data .catalogue=${validCatalogue} role-id="porter">
            <hc-test-role-probe></hc-test-role-probe>
          </hc-careers-data>
        </div>
      `);
      const probe = container.querySelector('hc-test-role-probe')!;
      await ready(probe);
      expect(shown(probe)).to.equal('Porter');
      probe.roleId = 'clinical-coder';
      container.append(probe);
      await waitUntil(() => shown(probe) === 'Clinical coder', 'default catalogue used');
    });

    it('renders again when moved out of its provider with nothing else changed', async () => {
      const container = await fixture(html`
        <div>
          <hc-careers-data .catalogue=${validCatalogue} role-id="porter">
            <hc-test-role-probe role-id="data-analyst"></hc-test-role-probe>
            <hc-test-role-probe></hc-test-role-probe>
          </hc-careers-data>
        </div>
      `);
      const [named, unnamed] = [...container.querySelectorAll('hc-test-role-probe')];
      await ready(named!);
      await ready(unnamed!);
      expect([shown(named!), shown(unnamed!)]).to.deep.equal(['Data analyst', 'Porter']);
      // The provider's children take its place: the widgets now have no provider at all.
      container.querySelector('hc-careers-data')!.replaceWith(named!, unnamed!);
      // Only the default catalogue is left, which has no data-analyst; the other has no role id.
      await waitUntil(
        () => shown(named!) === 'not-found' && shown(unnamed!) === 'not-found',
        `still showing ${shown(named!)} and ${shown(unnamed!)}`,
      );
    });
  });
});
