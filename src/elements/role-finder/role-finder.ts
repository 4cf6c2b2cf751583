import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  CatalogueRolesController,
  type CatalogueRolesState,
} from '../../controllers/catalogue-roles-controller.js';
import { hcEvent } from '../../data/events.js';
import { StoredChoice, uniqueIds } from '../../storage/stored-choice.js';
import { card } from '../../styles/card.js';
import { checkboxes } from '../../styles/checkboxes.js';
import { oneSheet } from '../../styles/one-sheet.js';
import { base, states } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { CatalogueElement } from '../catalogue-element.js';
import { HeadingLevelMixin, heading, headingLevelFrom, subheadingLevel } from '../headings.js';
import { contentLangFor } from '../link-and-lang.js';
import { finderFieldsets, finderResult, type FinderTemplateContext } from './finder-templates.js';
import {
  NOTHING_TICKED,
  choiceFrom,
  viewOf,
  type FinderChoice,
  type FinderView,
} from './finder-view.js';
import type { FinderResult } from './ranking.js';
import { roleFinderStyles } from './role-finder.styles.js';

export type { FinderResult } from './ranking.js';

/** `detail` of `hc-finder-change`. */
export interface FinderChangeDetail {
  selected: string[];
  routeTypes: string[];
  /** Equal to `.results`: every result in rank order. */
  results: FinderResult[];
}

const DEFAULT_LIMIT = 10;

/** SPEC: a `limit` that is not a whole number of at least 1 is 10. */
const limitFrom = (value: unknown): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : DEFAULT_LIMIT;

/**
 * Which roles fit the skills a person has: they tick skills (and, if they like, ways in), and
 * the catalogue's roles are ranked by how many of those skills each lists, in words: "You have 3
 * of its 5 skills: …", with the skills it also asks for.
 *
 * Choices where SPEC is silent: skill descriptions are not shown (they differ between roles),
 * and a result names skills by its own role's labels, in a comma list (labels hold "and");
 * the count reads "All 48 roles" only while no box at all is ticked, so a way in ticked on its
 * own gives "12 roles match"; "Show all" stays in effect until the page reloads; a catalogue
 * with no roles shows a short message rather than an error; the ways-in fieldset is left out
 * when no role has an entry route; the count is a real heading (at `heading-level`, result
 * titles one below) inside a polite live region, read out when its text changes, and ticking
 * never moves focus.
 *
 * @tagname hc-role-finder
 * @summary A role finder: tick your skills, see the NHS roles that use them most.
 *
 * @slot - No-script fallback: shown until the finder renders, hidden after.
 *
 * @event {CustomEvent<FinderChangeDetail>} hc-finder-change - A person ticked or unticked a box
 *   in either fieldset (not fired when `.selected` or `.routeTypes` is set, nor on "Show all"):
 *   `detail` is `{ selected, routeTypes, results }`.
 *
 * @csspart fieldset - Each of the two fieldsets (skills, ways in).
 * @csspart skills - The skills fieldset.
 * @csspart ways-in - The ways-in fieldset.
 * @csspart legend - A fieldset's legend.
 * @csspart hint - A hint: under each legend, and under the count while nothing is ticked.
 * @csspart checkboxes - A group of checkboxes.
 * @csspart item - One checkbox with its label.
 * @csspart checkbox - A checkbox input.
 * @csspart label - A checkbox label.
 * @csspart count - The polite live region around the count heading.
 * @csspart count-heading - The heading that counts the results, e.g. "12 roles match".
 * @csspart results - The list of results.
 * @csspart result - One result, an NHS.UK card.
 * @csspart heading - A result's title heading.
 * @csspart link - A result's title link, when there is one.
 * @csspart family - A result's job family.
 * @csspart matched - "You have 3 of its 5 skills: …".
 * @csspart missing - The skills a result asks for that are not ticked.
 * @csspart entry - A result's line on ways in.
 * @csspart show-all - The "Show all N roles" button.
 * @csspart empty - The message shown when the catalogue lists no roles.
 *
 * @cssprop [--hc-text-colour=#212b32] - Text and the checkbox border and tick.
 * @cssprop [--hc-secondary-text-colour=#4c6272] - Hints and job families.
 * @cssprop [--hc-link-colour=#005eb8] - Result links and the "Show all" button.
 * @cssprop [--hc-focus-colour=#ffeb3b] - Focus, with --hc-focus-text-colour.
 * @cssprop [--hc-border-colour=#d8dde0] - Result card borders.
 * @cssprop [--hc-border-hover-colour=#aeb7bd] - A linked result's border on hover.
 * @cssprop [--hc-card-background-colour=#fff] - Result cards, checkboxes and the button.
 * @cssprop [--hc-card-padding=1.5rem (2rem from 641px)] - Padding inside a result card.
 * @cssprop [--hc-block-gap=1rem (1.5rem from 641px)] - Space between result cards.
 */
export class HcRoleFinder extends HeadingLevelMixin(CatalogueElement) {
  static override properties: PropertyDeclarations = {
    hrefTemplate: { attribute: 'href-template' },
    limit: { type: Number },
    persist: { type: Boolean },
  };

  static override styles = oneSheet(tokens, base, states, checkboxes, card, roleFinderStyles);

  /**
   * Link for each result, every `{id}` replaced by the role id (URL-encoded). Only https: or
   * relative results are used; otherwise a result links to its role's `url`, if any.
   */
  hrefTemplate: string | null = null;

  /** Results shown before "Show all"; not a whole number of at least 1 means 10. */
  limit = DEFAULT_LIMIT;

  /** Keep the ticks in `localStorage` under `hc:finder:<catalogue URL, or "inline">`. */
  persist = false;

  protected readonly data = new CatalogueRolesController(this);

  readonly #choice = new StoredChoice<FinderChoice>(
    this,
    () => this.persist,
    choiceFrom,
    NOTHING_TICKED,
  );

  #showAll = false;
  #view: { state: CatalogueRolesState; choice: FinderChoice; view: FinderView } | undefined;

  /** Ticked skill ids in fieldset order. Unknown ids are ignored. Setting it fires no event. */
  get selected(): string[] {
    return this.#currentView()?.selected ?? [...this.#choice.value.selected];
  }

  set selected(ids: readonly string[]) {
    this.#choice.set({ ...this.#choice.value, selected: uniqueIds(ids) });
  }

  /** Ticked entry route types in fieldset order. Unknown types are ignored. Fires no event. */
  get routeTypes(): string[] {
    return this.#currentView()?.routeTypesTicked ?? [...this.#choice.value.routeTypes];
  }

  set routeTypes(types: readonly string[]) {
    this.#choice.set({ ...this.#choice.value, routeTypes: uniqueIds(types) });
  }

  /** Every result in rank order, also those past `limit`; empty while loading or in error. */
  get results(): FinderResult[] {
    return (this.#currentView()?.ranked ?? []).map(({ roleId, matched, missing }) => ({
      roleId,
      matched: [...matched],
      missing: [...missing],
    }));
  }

  /** After the data controller has read the catalogue for this update, before rendering. */
  protected override update(changed: PropertyValues): void {
    const state = this.data.state;
    if (state.status === 'ready') this.#choice.use(`hc:finder:${state.storageId}`);
    super.update(changed);
  }

  /** The view of the current state and choice, or `undefined` unless ready. */
  #currentView(): FinderView | undefined {
    const state = this.data.state;
    if (state.status !== 'ready') return undefined;
    // The server's render (and the browser's first, which hydrates it) shows nothing ticked.
    const choice = this.rendersAsServer ? NOTHING_TICKED : this.#choice.value;
    const memo = this.#view;
    if (memo?.state === state && memo.choice === choice) return memo.view;
    const view = viewOf(state.roles, state.lang, choice);
    this.#view = { state, choice, view };
    return view;
  }

  protected override render(): unknown {
    const state = this.data.state;
    if (state.status !== 'ready') return this.renderStatus(state);
    const t = this.locale.strings;
    if (!state.roles.length) return html`<p part="empty" class="hc-last">${t.finderNoRoles}</p>`;
    const view = this.#currentView();
    if (!view) return nothing;
    const context: FinderTemplateContext = {
      t,
      lang: contentLangFor(state.lang, this.locale.lang),
      disabled: this.rendersAsServer,
      onChange: this.#onChange,
    };
    const level = headingLevelFrom(this.headingLevel);
    // The server lists every role: "Show all" needs a script.
    const shown =
      this.rendersAsServer || this.#showAll
        ? view.ranked
        : view.ranked.slice(0, limitFrom(this.limit));
    const hidden = view.ranked.length - shown.length;
    // "All 48 roles" only while nothing at all is ticked; a way in ticked narrows them too.
    const count =
      view.ticked.size || view.routeTypesTicked.length
        ? t.finderMatches(view.ranked.length)
        : t.finderAll(view.ranked.length);

    return html`${finderFieldsets(view, context)}
      <div part="count" class="hc-finder__count" aria-live="polite">
        ${heading(level, { part: 'count-heading', className: 'hc-heading-m' }, count)}
      </div>
      ${view.ticked.size ? nothing : html`<p part="hint" class="hc-hint">${t.finderTickHint}</p>`}
      ${
        shown.length
          ? html`<ul part="results" class="hc-results">
              ${shown.map((result) =>
                finderResult(
                  result,
                  view.ticked,
                  context,
                  subheadingLevel(level),
                  this.hrefTemplate,
                ),
              )}
            </ul>`
          : nothing
      }
      ${
        hidden > 0
          ? html`<button type="button" part="show-all" class="hc-button" @click=${this.#onShowAll}>
              ${t.finderShowAll(view.ranked.length)}
            </button>`
          : nothing
      }`;
  }

  #onChange(event: Event): void {
    const fieldset = event.currentTarget as HTMLFieldSetElement;
    const ticked = [...fieldset.querySelectorAll<HTMLInputElement>('[part~="checkbox"]')]
      .filter((box) => box.checked)
      .map((box) => box.value);
    const skills = fieldset.matches('[part~="skills"]');
    this.#choice.set(
      skills
        ? { ...this.#choice.value, selected: ticked }
        : { ...this.#choice.value, routeTypes: ticked },
    );
    const detail: FinderChangeDetail = {
      selected: this.selected,
      routeTypes: this.routeTypes,
      results: this.results,
    };
    this.dispatchEvent(hcEvent('hc-finder-change', detail));
  }

  #onShowAll(): void {
    this.#showAll = true;
    // Focus goes to the first result that was hidden: its link, or else its heading.
    const firstHidden = limitFrom(this.limit);
    this.focusAfterUpdate(() => {
      const result = this.renderRoot.querySelectorAll('[part~="result"]')[firstHidden];
      const target =
        result?.querySelector<HTMLElement>('[part~="link"]') ??
        result?.querySelector<HTMLElement>('[part~="heading"]');
      if (target && target.localName !== 'a') target.tabIndex = -1;
      return target;
    });
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-role-finder': HcRoleFinder;
  }
  interface GlobalEventHandlersEventMap {
    'hc-finder-change': CustomEvent<FinderChangeDetail>;
  }
}
