import { html, nothing } from 'lit';
import type { Strings } from '../../i18n/index.js';
import { checkbox } from '../checkbox.js';
import { formatWaysIn } from '../role-card/role-card.js';
import { heading, type HeadingLevel } from '../headings.js';
import { safeHref, type ContentLang } from '../link-and-lang.js';
import type { FinderView } from './finder-view.js';
import type { RankedRole } from './ranking.js';

/** What the finder's templates need from the element. */
export interface FinderTemplateContext {
  t: Strings;
  /** The content's `lang` where it differs from the interface's. */
  lang: ContentLang;
  /** Server-rendered and waiting for the script: the boxes cannot be ticked yet. */
  disabled: boolean;
  /** Called with the element as `this` (Lit binds listeners to their host). */
  onChange: (event: Event) => void;
}

/** The skills fieldset and, when the catalogue has entry routes, the ways-in fieldset. */
export function finderFieldsets(
  view: FinderView,
  { t, lang, disabled, onChange }: FinderTemplateContext,
) {
  const fieldset = (name: string, legend: string, boxes: unknown[], hint?: string) =>
    html`<fieldset
      part="fieldset ${name}"
      class="hc-fieldset"
      aria-describedby=${hint ? `${name}-hint` : nothing}
      ?disabled=${disabled}
      @change=${onChange}
    >
      <legend part="legend" class="hc-legend hc-heading-s">${legend}</legend>
      ${hint ? html`<p part="hint" id="${name}-hint" class="hc-hint">${hint}</p>` : nothing}
      <div part="checkboxes" class="hc-checkboxes">${boxes}</div>
    </fieldset>`;

  return html`${fieldset(
    'skills',
    t.finderSkillsLegend,
    view.skills.map(({ id, label }, index) =>
      checkbox({
        id: `skill-${index}`,
        value: id,
        label,
        checked: view.ticked.has(id),
        disabled,
        lang,
      }),
    ),
    t.skillsHint,
  )}
  ${
    view.routeTypes.length
      ? fieldset(
          'ways-in',
          t.finderWaysInLegend,
          view.routeTypes.map((type, index) =>
            checkbox({
              id: `route-${index}`,
              value: type,
              label: t.routeTypeNames[type],
              checked: view.routeTypesTicked.includes(type),
              disabled,
              lang: nothing,
            }),
          ),
        )
      : nothing
  }`;
}

/**
 * One result as an NHS.UK card: its title (a link from `hrefTemplate`, else the role's `url`),
 * family, the ticked skills it lists and those it also asks for, in words, and its ways in.
 */
export function finderResult(
  { role, matched, missing }: RankedRole,
  ticked: ReadonlySet<string>,
  { t, lang }: Pick<FinderTemplateContext, 't' | 'lang'>,
  level: HeadingLevel,
  hrefTemplate: string | null,
) {
  const labelsOf = (ids: readonly string[]) =>
    role.skills.filter((skill) => ids.includes(skill.id)).map((skill) => skill.label);
  const href =
    safeHref(hrefTemplate?.replaceAll('{id}', encodeURIComponent(role.id))) ?? safeHref(role.url);
  const title = href
    ? html`<a part="link" class="hc-card__link" href=${href}>${role.title}</a>`
    : role.title;
  const line = (name: string, text: string) =>
    html`<p part=${name} class="hc-result__skills" lang=${lang}>${text}</p>`;
  // With nothing ticked, `missing` is every skill the role lists.
  const skillLines = ticked.size
    ? [
        line('matched', t.finderYouHave(labelsOf(matched), role.skills.length)),
        missing.length ? line('missing', t.finderAlsoAsks(labelsOf(missing))) : nothing,
      ]
    : missing.length
      ? line('missing', t.finderAsksFor(labelsOf(missing)))
      : nothing;
  const waysIn = formatWaysIn(role, t);

  return html`<li part="result" class="hc-card ${href ? 'hc-card--clickable' : ''}">
    <div class="hc-card__content">
      ${heading(
        level,
        { part: 'heading', className: 'hc-card__heading hc-heading-s', lang },
        title,
      )}
      ${
        role.family
          ? html`<p part="family" class="hc-card__family hc-secondary" lang=${lang}>
              ${role.family}
            </p>`
          : nothing
      }
      ${skillLines} ${waysIn ? html`<p part="entry" class="hc-card__facts">${waysIn}</p>` : nothing}
    </div>
  </li>`;
}
