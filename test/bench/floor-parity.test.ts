// The speed benchmark's references stay honest: for every role of the default catalogue the
// floor and the bare Lit card render the same elements, classes, parts and text as
// <hc-role-card>, styled by the card's own CSS, and read one catalogue for every card.
import { render } from 'lit';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineFloorCard, floorCardContent, type FindRole } from '../../bench/floor-card.js';
import { defineLitCard, litCardContent } from '../../bench/lit-card.js';
import { checkedCatalogue } from '../../bench/lit-card-checked.js';
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

/** The bench pages' unchecked reading of a catalogue. */
const unchecked =
  (catalogue: Catalogue): FindRole =>
  (id) =>
    catalogue.roles.find((role) => role.id === id);

describe('the benchmark references', () => {
  it('render every default role as <hc-role-card> does', async () => {
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
      const lit = document.createElement('div');
      render(litCardContent(role, en.routeTypes), lit);
      expect(shape(lit), `${role.id} (Lit)`).to.deep.equal(shape(card.shadowRoot!));
      card.remove();
    }
    expect(catalogue.roles.length).to.be.greaterThan(40);
  });

  it('defines a floor card that adopts the widget’s CSS and shares one catalogue request', async () => {
    let requests = 0;
    const catalogue = (await (await fetch('/data/nhs-careers.json')).json()) as Catalogue;
    defineFloorCard(cardCss(), en.routeTypes, () => {
      requests += 1;
      return Promise.resolve(unchecked(catalogue));
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

describe('the benchmark’s Lit references', () => {
  const defined = (tag: string, catalogue: () => Promise<FindRole>) => {
    defineLitCard(cardCss(), en.routeTypes, catalogue, tag);
    return async (roleIds: string[]) => {
      const container = await fixture(html`<div></div>`);
      const cards = roleIds.map((id) => {
        const card = document.createElement(tag);
        card.setAttribute('role-id', id);
        return card;
      });
      container.append(...cards);
      await waitUntil(
        () => cards.every((card) => card.shadowRoot?.querySelector('h2')),
        `${tag} rendered`,
      );
      return cards;
    };
  };

  it('shares one catalogue request and looks like the widget', async () => {
    let requests = 0;
    const catalogue = (await (await fetch('/data/nhs-careers.json')).json()) as Catalogue;
    const show = defined('lit-card-shared', () => {
      requests += 1;
      return Promise.resolve(unchecked(catalogue));
    });
    const [paramedic, porter] = await show(['paramedic', 'porter']);
    expect(requests).to.equal(1);
    expect(porter!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Porter');
    const card = document.createElement('hc-role-card');
    card.setAttribute('role-id', 'paramedic');
    paramedic!.after(card);
    await settled(card);
    const style = (root: ShadowRoot) => getComputedStyle(root.querySelector('h2')!);
    for (const property of ['font-size', 'font-weight', 'margin-bottom', 'color']) {
      expect(style(paramedic!.shadowRoot!).getPropertyValue(property), property).to.equal(
        style(card.shadowRoot!).getPropertyValue(property),
      );
    }
  });

  it('runs the widgets’ own checks in the checked one', async () => {
    const text = await (await fetch('/data/nhs-careers.json')).text();
    const findRole = checkedCatalogue(text);
    expect(findRole('paramedic')?.title).to.equal('Paramedic');
    expect(findRole('no-such-role')).to.equal(undefined);
    // A role that breaks the schema is not shown, as the widget would not show it.
    const broken = JSON.parse(text) as { roles: { title?: unknown }[] };
    broken.roles[0]!.title = 7;
    const [first] = (JSON.parse(text) as Catalogue).roles;
    expect(checkedCatalogue(JSON.stringify(broken))(first!.id)).to.equal(undefined);
    expect(() => checkedCatalogue('{"roles": 3}')).to.throw(/schemaVersion|roles/);
  });
});
