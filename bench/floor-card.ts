// The speed benchmark's floor: the role card written by hand, with no library. From the same
// catalogue it builds exactly the elements, classes and text <hc-role-card> renders (English,
// its route phrases handed over from the library's own string table rather than copied),
// in an open shadow root that adopts one shared constructed stylesheet holding the card's own
// CSS, and it reads the catalogue once for every card, as the widgets' loader does. It checks
// nothing: the widget's check of each role is part of the overhead the benchmark measures.
// bench/lit-card.ts, the bench's other reference, shows the same text through Lit.

/** The fields of a role the card shows. No imports: the bench serves this file on its own. */
export interface FloorRole {
  id: string;
  title: string;
  family?: string;
  summary?: string;
  payBands?: string[];
  entryRoutes: { type: string }[];
}

const BANDS = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'];
/** The card's English phrase for each route type, read from the library's own string table. */
export type RoutePhrases = Record<string, string>;

/** A catalogue as a reference card reads it, once for every card: a role by its id. */
export type FindRole = (id: string) => FloorRole | undefined;

/** "Band 3" or "Bands 5 to 7", as the card writes them in English. */
export function bandsText(bands: string[] | undefined): string | null {
  const ordered = BANDS.filter((band) => bands?.includes(band));
  if (!ordered.length) return null;
  const [lowest] = ordered;
  const highest = ordered.at(-1);
  return lowest === highest ? `Band ${lowest}` : `Bands ${lowest} to ${highest}`;
}

/** "Ways in: …", as the card writes it in English. */
export function waysInText(role: FloorRole, routePhrases: RoutePhrases): string | null {
  const phrases = [...new Set(role.entryRoutes.map((route) => route.type))].map(
    (type) => routePhrases[type] ?? type,
  );
  if (!phrases.length) return null;
  const list =
    phrases.length > 1 ? `${phrases.slice(0, -1).join(', ')} or ${phrases.at(-1)}` : phrases[0];
  return `Ways in: ${list}.`;
}

function element(
  tag: string,
  attributes: Record<string, string>,
  ...children: (Node | string | null)[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children.filter((child): child is Node | string => child !== null));
  return node;
}

/** The card's content for `role`, as <hc-role-card> renders it with no link and level 2. */
export function floorCardContent(role: FloorRole, routePhrases: RoutePhrases): HTMLElement {
  const bands = bandsText(role.payBands);
  const waysIn = waysInText(role, routePhrases);
  return element(
    'div',
    { part: 'card', class: 'hc-card ' },
    element(
      'div',
      { part: 'content', class: 'hc-card__content' },
      element('h2', { part: 'heading', class: 'hc-card__heading hc-heading-m' }, role.title),
      role.family
        ? element('p', { part: 'family', class: 'hc-card__family hc-secondary' }, role.family)
        : null,
      role.summary ? element('p', { part: 'summary' }, role.summary) : null,
      bands ? element('p', { part: 'bands', class: 'hc-card__facts' }, bands) : null,
      waysIn ? element('p', { part: 'entry', class: 'hc-card__facts' }, waysIn) : null,
    ),
  );
}

/**
 * Defines `<floor-card role-id>` reading `catalogue()` (called once, shared by every card) and
 * styled by `css`, the widget's own CSS text.
 */
export function defineFloorCard(
  css: string,
  routePhrases: RoutePhrases,
  catalogue: () => Promise<FindRole>,
  tag = 'floor-card',
): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  let shared: Promise<FindRole> | undefined;
  customElements.define(
    tag,
    class extends HTMLElement {
      readonly #root = this.attachShadow({ mode: 'open' });

      constructor() {
        super();
        this.#root.adoptedStyleSheets = [sheet];
      }

      async connectedCallback(): Promise<void> {
        const root = this.#root;
        const findRole = await (shared ??= catalogue());
        const role = findRole(this.getAttribute('role-id') ?? '');
        if (role) root.replaceChildren(floorCardContent(role, routePhrases));
      }
    },
  );
}
