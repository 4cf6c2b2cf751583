// The pages the benchmark compares, made on request: role cards as <hc-role-card>, as the
// floor (bench/floor-card.ts, the same card written by hand) and as the Lit references
// (bench/lit-card.ts), with the catalogue fetched or inline; one card of a 2,000-role
// catalogue; the role finder over 500 roles; and static HTML for the first-paint figures.
import { readFileSync } from 'node:fs';
import { HcRoleCard } from 'nhs-careers-widgets/classes/role-card.js';
import { en } from '../dist/i18n/en.js';

/**
 * @typedef {import('../src/data/schema.js').Catalogue} Catalogue
 * @typedef {typeof window & { __ready?: number, __cls: number }} BenchWindow  what the pages mark
 */

// The default catalogue: the widget pages fetch it from beside the bundle, the floor pages too.
/** @type {Catalogue} */
const catalogue = JSON.parse(readFileSync('data/nhs-careers.json', 'utf8'));
const ids = catalogue.roles.map((role) => role.id);
/** @type {Record<string, string>} */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** @param {unknown} text */
const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);

/** @type {unknown[]} TypeScript cannot follow flat(Infinity): the items are CSSResults. */
const cardStyles = [HcRoleCard.styles].flat(Infinity);
/** The card's own CSS, as the built class adopts it, for the floor's one constructed sheet. */
const CARD_CSS = cardStyles
  .map((style) => /** @type {import('lit').CSSResult} */ (style).cssText)
  .join('\n');

/**
 * The default roles cycled to `n`, each with its own id and title: a bigger catalogue.
 * @param {number} n
 * @returns {Catalogue}
 */
export function catalogueOf(n) {
  const roles = Array.from({ length: n }, (_, index) => {
    const role = /** @type {Catalogue['roles'][number]} */ (
      catalogue.roles[index % catalogue.roles.length]
    );
    const round = Math.floor(index / catalogue.roles.length);
    return round ? { ...role, id: `${role.id}-${round}`, title: `${role.title} ${round}` } : role;
  });
  return { ...catalogue, roles };
}

/**
 * Served at /bench/roles-<n>.json.
 * @type {Record<string, Catalogue>}
 */
export const BIG_CATALOGUES = { 500: catalogueOf(500), 2000: catalogueOf(2000) };

/**
 * Role ids for n cards, cycling through the catalogue.
 * @param {number} n
 * @returns {string[]}
 */
export const cards = (n) =>
  Array.from({ length: n }, (_, index) => /** @type {string} */ (ids[index % ids.length]));

/** @param {string} title @param {string} head @param {string} body */
export const shell = (title, head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">${head}</head>
<body>${body}</body></html>`;

/** @param {Catalogue} data */
const inlineScript = (data) =>
  `<script type="application/json" id="catalogue">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

/**
 * Marks the moment every card shows its title: what a person waits for.
 * @param {string} selector
 * @param {string} test  a function's source, given each element
 */
export const readyScript = (selector, test) => `<script type="module">
const done = () => { window.__ready = performance.now(); };
const check = () => [...document.querySelectorAll('${selector}')].every(${test});
const wait = () => (check() ? done() : requestAnimationFrame(wait));
wait();
</script>`;

/** @param {string} tag */
const cardReady = (tag) =>
  readyScript(tag, '(c) => c.shadowRoot?.querySelector(\'[part~="heading"]\')');

/**
 * What a card page holds: `n` cards of the default catalogue, fetched or inline, or (`big`) one
 * card of the 2,000-role catalogue, fetched.
 * @param {number} n
 * @param {string | null} data
 */
function cardPage(n, data) {
  if (data === 'big') return { ids: [ids.at(-1)], src: '/bench/roles-2000.json', inline: null };
  return {
    ids: cards(n),
    src: '/dist/cdn/data/nhs-careers.json',
    inline: data === 'inline' ? catalogue : null,
  };
}

/** @param {number} n */
export function staticPage(n) {
  const body = cards(n)
    .map((id) => {
      const role = /** @type {Catalogue['roles'][number]} */ (
        catalogue.roles.find((r) => r.id === id)
      );
      return `<div class="card"><h2>${escape(role.title)}</h2><p>${escape(role.family ?? '')}</p><p>${escape(role.summary)}</p></div>`;
    })
    .join('\n');
  return shell('static', '', `${body}<script>window.__ready = performance.now();</script>`);
}

/** The catalogue's roles by id, unchecked: how the floor and the bare Lit card read it. */
const UNCHECKED = `(text) => {
  const { roles } = JSON.parse(text);
  return (id) => roles.find((role) => role.id === id);
}`;

/**
 * What the widget is measured against: the same cards from the same data with the card's own
 * CSS, each defined by one module's `define(css, routePhrases, catalogue)`.
 * - `floor`: built by hand with no library (bench/floor-card.ts), the goals' floor;
 * - `lit`: the barest Lit element (bench/lit-card.ts), the least any Lit card can cost;
 * - `lit-checked`: that with the library's own data checks (bench/lit-card-checked.ts).
 * `check` names the module's export that reads the catalogue's text; else it is read unchecked.
 */
export const REFERENCE_CARDS = {
  floor: { tag: 'floor-card', module: '/bench/floor-card.js', define: 'defineFloorCard' },
  lit: { tag: 'lit-card', module: '/dist/bench/lit-card.js', define: 'defineLitCard' },
  'lit-checked': {
    tag: 'lit-card',
    module: '/dist/bench/lit-card-checked.js',
    define: 'defineLitCard',
    check: 'checkedCatalogue',
  },
};

/**
 * A reference's page: the same cards, from the same catalogue, fetched or inline.
 * @param {keyof typeof REFERENCE_CARDS} kind
 * @param {number} n
 * @param {string | null} data
 */
export function referencePage(kind, n, data) {
  /** @type {{ tag: string, module: string, define: string, check?: string }} */
  const { tag, module, define, check } = REFERENCE_CARDS[kind];
  const { ids: shown, src, inline } = cardPage(n, data);
  const text = inline
    ? `Promise.resolve(document.getElementById('catalogue').textContent)`
    : `fetch(${JSON.stringify(src)}).then((r) => r.text())`;
  const script = `<script type="module">
import { ${[define, check].filter(Boolean).join(', ')} } from '${module}';
${define}(${JSON.stringify(CARD_CSS)}, ${JSON.stringify(en.routeTypes)}, () => ${text}.then(${check ?? UNCHECKED}));
</script>`;
  const body = shown.map((id) => `<${tag} role-id="${id}"></${tag}>`).join('\n');
  return shell(kind, script, `${inline ? inlineScript(inline) : ''}${body}${cardReady(tag)}`);
}

/**
 * @param {number} n
 * @param {string | null} data
 * @param {string} bundle  the CDN bundle's URL (`npm run bench:compare` serves others)
 */
export function widgetPage(n, data, bundle = '/dist/cdn/hc-widgets.js') {
  const { ids: shown, src, inline } = cardPage(n, data);
  const own = data === 'big' ? ` src="${src}"` : '';
  const body = shown.map((id) => `<hc-role-card role-id="${id}"${own}></hc-role-card>`).join('\n');
  const provider = inline
    ? `<hc-careers-data>${inlineScript(inline).replace(' id="catalogue"', '')}${body}</hc-careers-data>`
    : body;
  return shell(
    'widgets',
    `<script type="module" src="${bundle}"></script>`,
    `${provider}${cardReady('hc-role-card')}`,
  );
}

/**
 * The role finder over the 500-role catalogue, showing `limit` results.
 * @param {number} limit
 */
export function finderPage(limit) {
  return shell(
    'finder',
    '<script type="module" src="/dist/cdn/hc-widgets.js"></script>',
    `<hc-role-finder src="/bench/roles-500.json" limit="${limit}"></hc-role-finder>${readyScript(
      'hc-role-finder',
      '(f) => f.shadowRoot?.querySelector(\'[part~="count-heading"]\')',
    )}`,
  );
}
