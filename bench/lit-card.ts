// The speed benchmark's second reference: the role card as the barest Lit element. From the
// same catalogue it renders the same elements, classes and text as the floor and <hc-role-card>
// (test/bench/floor-parity.test.ts holds it to that), with the card's own CSS as its one style
// sheet and one reactive property. No checks, no controllers, no loading status, no language:
// the least any Lit element showing this card can cost, to set beside the floor and the widget.
// Built by the bench server (`vite build --mode bench:lit-card`), minified like the CDN bundle.
import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import {
  bandsText,
  waysInText,
  type FindRole,
  type FloorRole,
  type RoutePhrases,
} from './floor-card.js';

/** The card's template for `role`, as <hc-role-card> renders it with no link and level 2. */
export function litCardContent(role: FloorRole, routePhrases: RoutePhrases) {
  const bands = bandsText(role.payBands);
  const waysIn = waysInText(role, routePhrases);
  return html`<div part="card" class="hc-card">
    <div part="content" class="hc-card__content">
      <h2 part="heading" class="hc-card__heading hc-heading-m">${role.title}</h2>
      ${
        role.family
          ? html`<p part="family" class="hc-card__family hc-secondary">${role.family}</p>`
          : nothing
      }
      ${role.summary ? html`<p part="summary">${role.summary}</p>` : nothing}
      ${bands ? html`<p part="bands" class="hc-card__facts">${bands}</p>` : nothing}
      ${waysIn ? html`<p part="entry" class="hc-card__facts">${waysIn}</p>` : nothing}
    </div>
  </div>`;
}

/**
 * Defines `<lit-card role-id>` reading `catalogue()` (called once, shared by every card) and
 * styled by `css`, the widget's own CSS text.
 */
export function defineLitCard(
  css: string,
  routePhrases: RoutePhrases,
  catalogue: () => Promise<FindRole>,
  tag = 'lit-card',
): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  let shared: Promise<FindRole> | undefined;
  class LitCard extends LitElement {
    static override properties: PropertyDeclarations = {
      roleId: { attribute: 'role-id' },
      shown: { state: true },
    };

    static override styles = sheet;

    roleId: string | null = null;

    /** The role once the catalogue has answered. (Not `role`: that is ARIA's, on every element.) */
    declare shown: FloorRole | undefined;

    override connectedCallback(): void {
      super.connectedCallback();
      void (shared ??= catalogue()).then((findRole) => {
        this.shown = findRole(this.roleId ?? '');
      });
    }

    override render() {
      return this.shown ? litCardContent(this.shown, routePhrases) : nothing;
    }
  }
  customElements.define(tag, LitCard);
}
