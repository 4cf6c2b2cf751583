import { html, nothing } from 'lit';
import type { Role } from '../../data/schema.js';
import { formatDate, type Strings } from '../../i18n/index.js';
import { oneSheet } from '../../styles/one-sheet.js';
import { base, states } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { HeadingLevelMixin, heading, headingLevelFrom, subheadingLevel } from '../headings.js';
import { contentLangFor, safeHref, type ContentLang } from '../link-and-lang.js';
import { WidgetElement } from '../widget-element.js';
import { requirementsListStyles } from './requirements-list.styles.js';

/** The qualities worth a bullet: blank ones are valid data but say nothing. */
const qualitiesOf = (role: Role): string[] =>
  (role.qualities ?? []).filter((quality) => quality.trim());

/**
 * The ways into a role, in catalogue order, each with its title, description and link, then the
 * qualities the role asks for.
 *
 * Choices where SPEC is silent: route and qualities headings sit one level below
 * `heading-level` (outside 2–6 it is 2), and stay at 6 when it is 6; blank qualities are not
 * shown; the role's `updated` date, when present, closes the list ("Information updated 15
 * January 2026").
 *
 * @tagname hc-requirements-list
 * @summary The entry requirements of an NHS careers role.
 *
 * @slot - No-script fallback: shown until the list renders, hidden after.
 *
 * @csspart heading - The "Entry requirements" heading.
 * @csspart routes - The list of entry routes.
 * @csspart route - One entry route.
 * @csspart route-title - An entry route's heading.
 * @csspart route-description - An entry route's description.
 * @csspart route-link - An entry route's "Find out more" link.
 * @csspart qualities-heading - The heading over the qualities.
 * @csspart qualities - The bulleted list of qualities.
 * @csspart empty - The message shown when the role lists no routes and no qualities.
 * @csspart updated - When the information was last updated.
 *
 * @cssprop [--hc-block-gap=1rem (1.5rem from 641px)] - Space between routes.
 * @cssprop [--hc-border-colour=#d8dde0] - Rule between routes.
 * @cssprop [--hc-text-colour=#212b32] - Text.
 * @cssprop [--hc-secondary-text-colour=#4c6272] - The "updated" line.
 * @cssprop [--hc-link-colour=#005eb8] - Links.
 * @cssprop [--hc-focus-colour=#ffeb3b] - Focus background; with --hc-focus-text-colour.
 */
export class HcRequirementsList extends HeadingLevelMixin(WidgetElement) {
  static override styles = oneSheet(tokens, base, states, requirementsListStyles);

  protected override renderRole(role: Role, contentLang: string | null) {
    const t = this.locale.strings;
    const lang = contentLangFor(contentLang, this.locale.lang);
    const level = headingLevelFrom(this.headingLevel);
    const hasContent = role.entryRoutes.length > 0 || qualitiesOf(role).length > 0;

    return html`${heading(
      level,
      { part: 'heading', className: 'hc-heading-m' },
      html`${t.entryRequirements}<span class="hc-visually-hidden" lang=${lang}
          >${t.forRole(role.title)}</span
        >`,
    )}
    ${
      hasContent
        ? html`${this.#renderRoutes(role, level, lang, t)}
          ${this.#renderQualities(role, level, lang, t)}`
        : html`<p part="empty">${t.noRequirements}</p>`
    }
    ${
      role.updated
        ? html`<p part="updated" class="hc-secondary hc-last">
            ${t.updated(formatDate(role.updated, t))}
          </p>`
        : nothing
    }`;
  }

  #renderRoutes(role: Role, level: 2 | 3 | 4 | 5 | 6, lang: ContentLang, t: Strings) {
    if (!role.entryRoutes.length) return nothing;
    return html`<ul part="routes" class="hc-routes">
      ${role.entryRoutes.map((route) => {
        const href = safeHref(route.url);
        return html`<li part="route" class="hc-route">
          ${heading(
            subheadingLevel(level),
            { part: 'route-title', className: 'hc-route__title hc-heading-s' },
            html`<span lang=${lang}>${route.title}</span>`,
          )}
          ${
            route.description
              ? html`<p part="route-description" lang=${lang}>${route.description}</p>`
              : nothing
          }
          ${
            href
              ? html`<p>
                  <a part="route-link" href=${href}
                    >${t.routeLink} <span lang=${lang}>${route.title}</span></a
                  >
                </p>`
              : nothing
          }
        </li>`;
      })}
    </ul>`;
  }

  #renderQualities(role: Role, level: 2 | 3 | 4 | 5 | 6, lang: ContentLang, t: Strings) {
    const qualities = qualitiesOf(role);
    if (!qualities.length) return nothing;
    return html`${heading(
        subheadingLevel(level),
        { part: 'qualities-heading', className: 'hc-heading-s' },
        t.qualities,
      )}
      <ul part="qualities" class="hc-list" lang=${lang}>
        ${qualities.map((quality) => html`<li>${quality}</li>`)}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-requirements-list': HcRequirementsList;
  }
}
