import { expect, fixture, html } from '@open-wc/testing';
import '../../src/requirements-list.js';
import type { Role } from '../../src/data/schema.js';
import { analystRole, porterRole, validCatalogue } from '../fixtures/catalogues.js';
import { headingsOf, part, parts, settled, textOf, widgetFixture } from '../fixtures/widgets.js';

const list = (template: ReturnType<typeof html>) => widgetFixture('hc-requirements-list', template);

const withRole = (role: Role, level?: number) =>
  list(
    html`<hc-requirements-list
      heading-level=${level ?? 2}
      .roleData=${role}
    ></hc-requirements-list>`,
  );

describe('<hc-requirements-list>', () => {
  it('lists the seed role routes in catalogue order, then its qualities', async () => {
    const element = await list(
      html`<hc-requirements-list role-id="clinical-informatics"></hc-requirements-list>`,
    );
    expect(headingsOf(element)).to.deep.equal([
      'h2: Entry requirements: Clinical informatics',
      'h3: Entry-level posts',
      'h3: Health informatics apprenticeship',
      'h3: Professional clinical qualification',
      'h3: NHS Graduate Management Training Scheme',
      'h3: You will also need',
    ]);
    expect(parts(element, 'route-description').map(textOf)[2]).to.equal(
      'Some posts call for a particular professional qualification, for example a degree in medicine or nursing.',
    );
    const qualities = part(element, 'qualities')!;
    expect([...qualities.querySelectorAll('li')].map(textOf)).to.include.members([
      'Enthusiasm',
      'Accuracy, even under pressure',
      'The ability to use your own initiative',
    ]);
    expect(part(element, 'heading')!.querySelector('.hc-visually-hidden')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('puts headings at heading-level and the route headings one below, never past 6', async () => {
    expect(headingsOf(await withRole(analystRole, 4))).to.deep.equal([
      'h4: Entry requirements: Data analyst',
      'h5: Degree',
      'h5: Data analyst apprenticeship',
      'h5: You will also need',
    ]);
    expect(headingsOf(await withRole(porterRole, 6))).to.deep.equal([
      'h6: Entry requirements: Porter',
      'h6: No formal qualifications',
    ]);
    for (const level of [3, 5]) {
      expect(
        headingsOf(await withRole(analystRole, level)).map((h) => h.slice(0, 2)),
      ).to.deep.equal([`h${level}`, `h${level + 1}`, `h${level + 1}`, `h${level + 1}`]);
    }
    expect(headingsOf(await withRole(porterRole, 9))[0]).to.match(/^h2:/);
  });

  it('accepts blank qualities (SPEC asks only for text) and shows no empty bullet', async () => {
    const element = await withRole({ ...porterRole, qualities: ['', 'Enthusiasm', '  '] });
    expect([...part(element, 'qualities')!.querySelectorAll('li')].map(textOf)).to.deep.equal([
      'Enthusiasm',
    ]);
    const blankOnly = await withRole({ ...porterRole, entryRoutes: [], qualities: [' '] });
    expect(part(blankOnly, 'qualities')).to.equal(null);
    expect(part(blankOnly, 'empty')).to.exist;
    await expect(blankOnly).to.be.accessible();
  });

  it('links a route that has a url, and only that one', async () => {
    const element = await withRole(analystRole);
    const routes = parts(element, 'route');
    expect(routes[0]!.querySelector('a')).to.equal(null);
    const link = routes[1]!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/a');
    expect(textOf(link)).to.equal('Find out more: Data analyst apprenticeship');
    expect(textOf(parts(element, 'route-description')[0])).to.equal(
      'A degree with a numerate element.',
    );
    await expect(element).to.be.accessible();
  });

  it('leaves out the qualities heading when a role has none', async () => {
    const element = await withRole(porterRole);
    expect(part(element, 'qualities-heading')).to.equal(null);
    expect(part(element, 'qualities')).to.equal(null);
  });

  it('says so when a role lists nothing at all', async () => {
    const element = await withRole({ ...porterRole, entryRoutes: [], qualities: [] });
    expect(textOf(part(element, 'empty'))).to.equal(
      'No entry requirements are listed for this role yet.',
    );
    await expect(element).to.be.accessible();
  });

  it('shows when the information was updated, in the interface language', async () => {
    const english = await withRole(analystRole);
    expect(textOf(part(english, 'updated'))).to.equal('Information updated 15 January 2026');
    const container = await fixture(html`
      <div lang="cy"><hc-requirements-list .roleData=${analystRole}></hc-requirements-list></div>
    `);
    const welsh = container.querySelector('hc-requirements-list')!;
    await settled(welsh);
    expect(textOf(part(welsh, 'updated'))).to.equal('Diweddarwyd y wybodaeth: 15 Ionawr 2026');
    expect(headingsOf(welsh)).to.deep.equal([
      'h2: Gofynion mynediad: Data analyst',
      'h3: Degree',
      'h3: Data analyst apprenticeship',
      'h3: Bydd angen i chi hefyd',
    ]);
    expect(textOf(parts(welsh, 'route-link')[0])).to.equal(
      'Rhagor o wybodaeth: Data analyst apprenticeship',
    );
    await expect(welsh).to.be.accessible();
  });

  it('follows a live lang change and marks English content in a Welsh page', async () => {
    const container = await fixture(html`
      <div lang="en">
        <hc-careers-data .catalogue=${validCatalogue} role-id="data-analyst">
          <hc-requirements-list></hc-requirements-list>
        </hc-careers-data>
      </div>
    `);
    const element = container.querySelector('hc-requirements-list')!;
    await settled(element);
    expect(element.shadowRoot!.querySelectorAll('[lang]')).to.have.length(0);
    container.setAttribute('lang', 'cy-GB');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(textOf(part(element, 'heading'))).to.equal('Gofynion mynediad: Data analyst');
    expect(part(element, 'route-description')!.getAttribute('lang')).to.equal('en');
    expect(part(element, 'qualities')!.getAttribute('lang')).to.equal('en');
    // The link reads "Rhagor o wybodaeth:" in Welsh, then the English route title as English.
    const link = parts(element, 'route-link')[0]!;
    expect(textOf(link)).to.equal('Rhagor o wybodaeth: Data analyst apprenticeship');
    expect(link.querySelector('[lang="en"]')!.textContent).to.equal('Data analyst apprenticeship');
  });

  it('exposes every region as a part', async () => {
    const element = await withRole(analystRole);
    for (const name of [
      'heading',
      'routes',
      'route',
      'route-title',
      'route-description',
      'route-link',
      'qualities-heading',
      'qualities',
      'updated',
    ]) {
      expect(part(element, name), name).to.exist;
    }
  });
});
