import { expect, fixture, html } from '@open-wc/testing';
import '../../src/role-card.js';
import type { PayBand, Role } from '../../src/data/schema.js';
import { analystRole, porterRole, validCatalogue } from '../fixtures/catalogues.js';
import { headingsOf, part, settled, textOf, widgetFixture } from '../fixtures/widgets.js';

const card = (template: ReturnType<typeof html>) => widgetFixture('hc-role-card', template);

const withRole = (role: Role, attributes = html``) =>
  card(html`<div>${attributes}<hc-role-card .roleData=${role}></hc-role-card></div>`);

describe('<hc-role-card>', () => {
  it('shows the seed role from the default catalogue: title, family, summary, ways in', async () => {
    const element = await card(html`<hc-role-card role-id="clinical-informatics"></hc-role-card>`);
    expect(headingsOf(element)).to.deep.equal(['h2: Clinical informatics']);
    expect(textOf(part(element, 'family'))).to.equal('Health informatics');
    expect(textOf(part(element, 'summary'))).to.match(/^Clinical informatics teams work/);
    expect(textOf(part(element, 'entry'))).to.equal(
      'Ways in: no formal qualifications, an apprenticeship, a clinical qualification or a graduate scheme.',
    );
    expect(part(element, 'bands'), 'the default catalogue has no bands').to.equal(null);
    expect(part(element, 'link'), 'the default catalogue has no links').to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('puts the title in a heading at heading-level 2 to 6, else 2', async () => {
    for (const level of ['2', '3', '4', '5', '6']) {
      const element = await card(
        html`<hc-role-card heading-level=${level} .roleData=${porterRole}></hc-role-card>`,
      );
      expect(headingsOf(element)).to.deep.equal([`h${level}: Porter`]);
    }
    for (const level of ['1', '7', 'two', '', '2.5']) {
      const element = await card(
        html`<hc-role-card heading-level=${level} .roleData=${porterRole}></hc-role-card>`,
      );
      expect(headingsOf(element), `heading-level="${level}"`).to.deep.equal(['h2: Porter']);
    }
  });

  it('formats pay bands: one band, a range, in Agenda for Change order', async () => {
    const cases: [PayBand[], string][] = [
      [['3'], 'Band 3'],
      [['5', '6', '7'], 'Bands 5 to 7'],
      [['7', '5'], 'Bands 5 to 7'],
      [['9', '8a', '6'], 'Bands 6 to 9'],
      [['8b', '8c'], 'Bands 8b to 8c'],
    ];
    for (const [payBands, text] of cases) {
      const element = await withRole({ ...porterRole, payBands });
      expect(textOf(part(element, 'bands'))).to.equal(text);
    }
    const none = await withRole({ ...porterRole, payBands: [] });
    expect(part(none, 'bands')).to.equal(null);
  });

  it("links the title to the role's url, as a clickable card", async () => {
    const element = await withRole(analystRole);
    const link = part<HTMLAnchorElement>(element, 'link')!;
    expect(link.getAttribute('href')).to.equal('/careers/data-analyst');
    expect(textOf(link)).to.equal('Data analyst');
    const cardBox = part(element, 'card')!.getBoundingClientRect();
    const linkTarget = getComputedStyle(link, '::before');
    expect(linkTarget.position).to.equal('absolute');
    expect(cardBox.height).to.be.greaterThan(link.getBoundingClientRect().height);
    await expect(element).to.be.accessible();
  });

  it('lets href win over the role url', async () => {
    const element = await card(
      html`<hc-role-card
        href="https://jobs.example.org/123"
        .roleData=${analystRole}
      ></hc-role-card>`,
    );
    expect(part(element, 'link')!.getAttribute('href')).to.equal('https://jobs.example.org/123');
  });

  it('never puts an unsafe href on the page; the role url stands in', async () => {
    for (const href of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'http://x.org',
    ]) {
      const element = await card(
        html`<hc-role-card href=${href} .roleData=${analystRole}></hc-role-card>`,
      );
      expect(part(element, 'link')!.getAttribute('href'), href).to.equal('/careers/data-analyst');
    }
  });

  it('has no link at all with neither href nor url', async () => {
    const element = await withRole(porterRole);
    expect(element.shadowRoot!.querySelector('a')).to.equal(null);
    expect(part(element, 'card')!.className).not.to.include('clickable');
    expect(headingsOf(element)).to.deep.equal(['h2: Porter']);
    await expect(element).to.be.accessible();
  });

  it('shows the role in Welsh around English content marked lang="en"', async () => {
    const container = await fixture(html`
      <section lang="cy">
        <hc-careers-data .catalogue=${validCatalogue} role-id="data-analyst">
          <hc-role-card></hc-role-card>
        </hc-careers-data>
      </section>
    `);
    const element = container.querySelector('hc-role-card')!;
    await settled(element);
    expect(textOf(part(element, 'bands'))).to.equal('Bandiau 5 i 7');
    expect(textOf(part(element, 'entry'))).to.equal('Ffyrdd i mewn: gradd, prentisiaeth.');
    // The title is content: its heading carries the language, the link inside inherits it.
    expect(part(element, 'heading')!.getAttribute('lang')).to.equal('en');
    expect(part(element, 'link')!.closest('[lang]')).to.equal(part(element, 'heading'));
    expect(part(element, 'summary')!.getAttribute('lang')).to.equal('en');
    expect(part(element, 'family')!.getAttribute('lang')).to.equal('en');
    expect(part(element, 'bands')!.hasAttribute('lang'), 'interface text').to.be.false;
    await expect(element).to.be.accessible();
  });

  it('does not mark content whose language is the interface language', async () => {
    const container = await fixture(html`
      <div lang="en-GB">
        <hc-careers-data .catalogue=${validCatalogue} role-id="data-analyst">
          <hc-role-card></hc-role-card>
        </hc-careers-data>
      </div>
    `);
    const element = container.querySelector('hc-role-card')!;
    await settled(element);
    expect(element.shadowRoot!.querySelectorAll('[lang]')).to.have.length(0);
  });

  it('marks Welsh content in an English page lang="cy"', async () => {
    const welshCatalogue = {
      schemaVersion: 1,
      lang: 'cy',
      roles: [{ ...porterRole, title: 'Porthor', summary: 'Symud cleifion ac offer.' }],
    };
    const container = await fixture(html`
      <hc-careers-data lang="en" .catalogue=${welshCatalogue} role-id="porter">
        <hc-role-card></hc-role-card>
      </hc-careers-data>
    `);
    const element = container.querySelector('hc-role-card')!;
    await settled(element);
    expect(part(element, 'heading')!.getAttribute('lang')).to.equal('cy');
    expect(part(element, 'summary')!.getAttribute('lang')).to.equal('cy');
    expect(textOf(part(element, 'bands'))).to.equal('Band 2');
  });

  it('follows a live lang change on an ancestor', async () => {
    const container = await fixture(html`
      <div lang="en"><hc-role-card .roleData=${analystRole}></hc-role-card></div>
    `);
    const element = container.querySelector('hc-role-card')!;
    await settled(element);
    expect(textOf(part(element, 'bands'))).to.equal('Bands 5 to 7');
    container.setAttribute('lang', 'cy');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(textOf(part(element, 'bands'))).to.equal('Bandiau 5 i 7');
    element.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(textOf(part(element, 'bands'))).to.equal('Bands 5 to 7');
  });

  it('shows hostile text verbatim and creates nothing from it', async () => {
    const title = '<img src=x onerror="window.__hacked=1"><script>window.__hacked=1</script>';
    const element = await withRole({ ...porterRole, title, summary: '{{constructor}} ${1+1}' });
    expect(textOf(part(element, 'heading'))).to.equal(title);
    expect(textOf(part(element, 'summary'))).to.equal('{{constructor}} ${1+1}');
    expect(element.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as { __hacked?: number }).__hacked).to.equal(undefined);
  });

  it('exposes every region as a part', async () => {
    const element = await withRole(analystRole);
    for (const name of [
      'card',
      'content',
      'heading',
      'link',
      'family',
      'summary',
      'bands',
      'entry',
    ]) {
      expect(part(element, name), name).to.exist;
    }
  });
});
