// The pages the benchmark compares, made on request: the same role cards as static HTML, as a
// bare custom element written for the benchmark (no library, no styles: the floor for any
// script-rendered widget), and as <hc-role-card>; with the catalogue fetched or inline.
import { readFileSync } from 'node:fs';

// The default catalogue: the widget pages fetch it from beside the bundle, the bare pages too.
const catalogue = JSON.parse(readFileSync('data/nhs-careers.json', 'utf8'));
const ids = catalogue.roles.map((role) => role.id);
const escape = (text) =>
  String(text).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );

/** Role ids for n cards, cycling through the catalogue. */
export const cards = (n) => Array.from({ length: n }, (_, index) => ids[index % ids.length]);

export const shell = (title, head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">${head}</head>
<body>${body}</body></html>`;

const inlineCatalogue = `<script type="application/json" id="catalogue">${JSON.stringify(catalogue)}</script>`;

/** Marks the moment every card shows its title: what a person waits for. */
export const readyScript = (selector, test) => `<script type="module">
const done = () => { window.__ready = performance.now(); };
const check = () => [...document.querySelectorAll('${selector}')].every(${test});
const wait = () => (check() ? done() : requestAnimationFrame(wait));
wait();
</script>`;

export function staticPage(n) {
  const body = cards(n)
    .map((id) => {
      const role = catalogue.roles.find((r) => r.id === id);
      return `<div class="card"><h2>${escape(role.title)}</h2><p>${escape(role.family ?? '')}</p><p>${escape(role.summary)}</p></div>`;
    })
    .join('\n');
  return shell('static', '', `${body}<script>window.__ready = performance.now();</script>`);
}

/** A custom element with no library and no styles, fed the same data. */
export function barePage(n, data) {
  const load =
    data === 'inline'
      ? `Promise.resolve(JSON.parse(document.getElementById('catalogue').textContent))`
      : `fetch('/dist/cdn/data/nhs-careers.json').then((r) => r.json())`;
  const script = `<script type="module">
const catalogue = ${load};
class BareCard extends HTMLElement {
  async connectedCallback() {
    const { roles } = await catalogue;
    const role = roles.find((r) => r.id === this.getAttribute('role-id'));
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const h2 = document.createElement('h2'); h2.textContent = role.title;
    const family = document.createElement('p'); family.textContent = role.family ?? '';
    const summary = document.createElement('p'); summary.textContent = role.summary;
    root.replaceChildren(h2, family, summary);
  }
}
customElements.define('bare-card', BareCard);
</script>`;
  const body = cards(n)
    .map((id) => `<bare-card role-id="${id}"></bare-card>`)
    .join('\n');
  return shell(
    'bare',
    script,
    `${data === 'inline' ? inlineCatalogue : ''}${body}${readyScript('bare-card', "(c) => c.shadowRoot?.querySelector('h2')")}`,
  );
}

export function widgetPage(n, data) {
  const body = cards(n)
    .map((id) => `<hc-role-card role-id="${id}"></hc-role-card>`)
    .join('\n');
  const provider =
    data === 'inline'
      ? `<hc-careers-data>${inlineCatalogue.replace(' id="catalogue"', '')}${body}</hc-careers-data>`
      : body;
  return shell(
    'widgets',
    '<script type="module" src="/dist/cdn/hc-widgets.js"></script>',
    `${provider}${readyScript('hc-role-card', '(c) => c.shadowRoot?.querySelector(\'[part~="heading"]\')')}`,
  );
}
