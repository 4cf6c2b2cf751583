// The speed benchmark's floor stays honest: for every role of the default catalogue it renders
// the same elements, classes, parts and text as <hc-role-card>, styled by the card's own CSS.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineFloorCard, floorCardContent } from '../../bench/floor-card.js';
import '../../src/role-card.js';
import { en } from '../../src/i18n/en.js';
import type { HcRoleCard } from '../../src/elements/role-card/role-card.js';
import type { Catalogue } from '../../src/data/schema.js';
import { settled } from '../fixtures/widgets.js';

/**
 * Every element under `root` as `tag.class.class[part]: its own text`, white space folded (the
 * white space between tags differs between Lit's templates and hand-built nodes, and shows
 * nothing).
 */
const shape = (root: ParentNode): string[] =>
  [...root.querySelectorAll('*')].map((node) => {
    const classes = [...node.classList].map((name) => `.${name}`).join('');
    const text = [...node.childNodes]
      .filter((child) => child.nodeType === Node.TEXT_NODE)
      .map((child) => child.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    return `${node.localName}${classes}[${node.getAttribute('part') ?? ''}]: ${text}`;
  });

/** The card's CSS as the widget adopts it: every style sheet of the class, in order. */
const cardCss = (): string =>
  (customElements.get('hc-role-card') as unknown as typeof HcRoleCard).elementStyles
    .map((style) => ('cssText' in style ? style.cssText : ''))
    .join('\n');

describe('the benchmark floor', () => {
  it('renders every default role as <hc-role-card> does', async () => {
    const catalogue = (await (await fetch('/data/nhs-careers.json')).json()) as Catalogue;
    const provider = await fixture<HTMLElement & { catalogue?: Catalogue }>(
      html`<hc-careers-data .catalogue=${catalogue}></hc-careers-data>`,
    );
    for (const role of catalogue.roles) {
      const card = document.createElement('hc-role-card');
      card.roleId = role.id;
      provider.append(card);
      await settled(card);
      const floor = document.createElement('div');
      floor.append(floorCardContent(role, en.routeTypes));
      expect(shape(floor), role.id).to.deep.equal(shape(card.shadowRoot!));
      card.remove();
    }
    expect(catalogue.roles.length).to.be.greaterThan(40);
  });

  it('defines a card that adopts the widget’s CSS and shares one catalogue request', async () => {
    let requests = 0;
    const catalogue = (await (await fetch('/data/nhs-careers.json')).json()) as Catalogue;
    defineFloorCard(cardCss(), en.routeTypes, () => {
      requests += 1;
      return Promise.resolve(catalogue);
    });
    const container = await fixture(
      html`<div>
        <floor-card role-id="paramedic"></floor-card>
        <floor-card role-id="porter"></floor-card>
      </div>`,
    );
    const [first, second] = [...container.children] as HTMLElement[];
    await waitUntil(() => second!.shadowRoot?.querySelector('h2'), 'floor cards rendered');
    expect(requests).to.equal(1);
    const card = document.createElement('hc-role-card');
    card.setAttribute('role-id', 'paramedic');
    container.append(card);
    await waitUntil(() => card.shadowRoot?.querySelector('h2'), 'card rendered');
    // Same look, not only the same markup: the computed styles of the title agree.
    const style = (root: ShadowRoot) => getComputedStyle(root.querySelector('h2')!);
    for (const property of ['font-size', 'font-weight', 'margin-bottom', 'color']) {
      expect(style(first!.shadowRoot!).getPropertyValue(property), property).to.equal(
        style(card.shadowRoot!).getPropertyValue(property),
      );
    }
    expect(getComputedStyle(first!.shadowRoot!.querySelector('.hc-card')!).borderTopWidth).to.equal(
      '1px',
    );
    expect(second!.shadowRoot!.textContent).to.include('Porter');
  });
});
