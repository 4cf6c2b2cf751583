import { html, nothing, type PropertyDeclarations } from 'lit';
import { PAY_BANDS, type Role } from '../../data/schema.js';
import type { Strings } from '../../i18n/index.js';
import { card } from '../../styles/card.js';
import { oneSheet } from '../../styles/one-sheet.js';
import { base, states } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { HeadingLevelMixin, heading, headingLevelFrom } from '../headings.js';
import { contentLangFor, safeHref } from '../link-and-lang.js';
import { WidgetElement } from '../widget-element.js';

/** "Band 3", or "Bands 5 to 7" from the lowest band to the highest, in Agenda for Change order. */
export function formatPayBands(bands: readonly string[] | undefined, t: Strings): string | null {
  const ordered = PAY_BANDS.filter((band) => bands?.includes(band));
  const lowest = ordered[0];
  const highest = ordered.at(-1);
  if (lowest === undefined || highest === undefined) return null;
  return lowest === highest ? t.payBand(lowest) : t.payBands(lowest, highest);
}

/** The one line on entry: the route types in catalogue order, each once. */
export function formatWaysIn(role: Role, t: Strings): string | null {
  const types = [...new Set(role.entryRoutes.map((route) => route.type))];
  return types.length ? t.waysIn(types.map((type) => t.routeTypes[type])) : null;
}

/**
 * A role at a glance, in the look of an NHS.UK card: title, job family, summary, pay bands and
 * one line on the ways in. With a link, the whole card is clickable (the NHS.UK pattern).
 *
 * Choices where SPEC is silent: an unsafe `href` is ignored and the role's own `url`, if any, is
 * used; pay bands show the lowest to the highest present, in Agenda for Change order (`["7",
 * "5"]` is "Bands 5 to 7"); the entry line lists the route types present, each once, in catalogue
 * order ("Ways in: GCSEs, an apprenticeship or a degree.").
 *
 * @tagname hc-role-card
 * @summary An NHS careers role as an NHS.UK card.
 *
 * @slot - No-script fallback: shown until the card renders, hidden after.
 *
 * @csspart card - The card's outer box.
 * @csspart content - The card's padded content.
 * @csspart heading - The role title's heading.
 * @csspart link - The title link, when there is one.
 * @csspart family - The job family.
 * @csspart summary - The role summary.
 * @csspart bands - The Agenda for Change pay bands, e.g. "Bands 5 to 7".
 * @csspart entry - The line on ways in, from the entry route types.
 *
 * @cssprop [--hc-card-padding=1.5rem (2rem from 641px)] - Padding inside the card.
 * @cssprop [--hc-border-colour=#d8dde0] - Card border; falls back to --nhsuk-border-colour.
 * @cssprop [--hc-border-hover-colour=#aeb7bd] - Clickable card border on hover.
 * @cssprop [--hc-card-background-colour=#fff] - Card background.
 * @cssprop [--hc-text-colour=#212b32] - Text.
 * @cssprop [--hc-secondary-text-colour=#4c6272] - The job family.
 * @cssprop [--hc-link-colour=#005eb8] - Title link.
 * @cssprop [--hc-focus-colour=#ffeb3b] - Focus background; with --hc-focus-text-colour.
 */
export class HcRoleCard extends HeadingLevelMixin(WidgetElement) {
  static override properties: PropertyDeclarations = {
    href: {},
  };

  static override styles = oneSheet(tokens, base, states, card);

  /** Link target for the title; wins over the role's `url`. Only https: or relative URLs. */
  href: string | null = null;

  protected override renderRole(role: Role, contentLang: string | null) {
    const t = this.locale.strings;
    const lang = contentLangFor(contentLang, this.locale.lang);
    const href = safeHref(this.href) ?? safeHref(role.url);
    const bands = formatPayBands(role.payBands, t);
    const waysIn = formatWaysIn(role, t);
    const title = href
      ? html`<a part="link" class="hc-card__link" href=${href}>${role.title}</a>`
      : role.title;

    return html`<div part="card" class="hc-card ${href ? 'hc-card--clickable' : ''}">
      <div part="content" class="hc-card__content">
        ${heading(
          headingLevelFrom(this.headingLevel),
          { part: 'heading', className: 'hc-card__heading hc-heading-m', lang },
          title,
        )}
        ${
          role.family
            ? html`<p part="family" class="hc-card__family hc-secondary" lang=${lang}>
                ${role.family}
              </p>`
            : nothing
        }
        ${role.summary ? html`<p part="summary" lang=${lang}>${role.summary}</p>` : nothing}
        ${bands ? html`<p part="bands" class="hc-card__facts">${bands}</p>` : nothing}
        ${waysIn ? html`<p part="entry" class="hc-card__facts">${waysIn}</p>` : nothing}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-role-card': HcRoleCard;
  }
}
