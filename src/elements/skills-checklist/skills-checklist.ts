import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { FormValueController } from '../../controllers/form-value-controller.js';
import { hcEvent } from '../../data/events.js';
import type { Role } from '../../data/schema.js';
import { StoredChoice, idsFrom, parseStored, uniqueIds } from '../../storage/stored-choice.js';
import { checkboxes } from '../../styles/checkboxes.js';
import { oneSheet } from '../../styles/one-sheet.js';
import { base, states } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { checkbox } from '../checkbox.js';
import { contentLangFor } from '../link-and-lang.js';
import { WidgetElement } from '../widget-element.js';
import { skillsChecklistStyles } from './skills-checklist.styles.js';

/** `detail` of `hc-skills-change`. */
export interface SkillsChangeDetail {
  roleId: string;
  /** Ticked skill ids, in the role's order. */
  selected: string[];
  total: number;
}

/**
 * The role's skills as NHS.UK checkboxes, for people to tick the ones they have, with a polite
 * live count. Inside a `<form>` it submits one entry per ticked skill under `name`.
 *
 * Choices where SPEC is silent: `.selected` set before the data arrives is applied when it does,
 * and wins over ticks stored with `persist`; unknown ids are ignored; stored ticks follow the
 * role's own `id`. A form reset clears the ticks (and the stored ones); a disabled `<fieldset>`
 * disables the checkboxes and the form then submits nothing for them. Storage that is blocked,
 * full or throwing never stops the ticks working.
 *
 * @tagname hc-skills-checklist
 * @summary A checklist of an NHS careers role's skills.
 *
 * @slot - No-script fallback: shown until the checklist renders, hidden after.
 *
 * @event {CustomEvent<SkillsChangeDetail>} hc-skills-change - A person ticked or unticked a
 *   skill (not fired when `.selected` is set): `detail` is `{ roleId, selected, total }`.
 *
 * @csspart fieldset - The fieldset around the checkboxes.
 * @csspart legend - The legend naming the role's skills.
 * @csspart hint - The hint under the legend.
 * @csspart checkboxes - The group of checkboxes.
 * @csspart item - One checkbox with its label.
 * @csspart checkbox - A checkbox input.
 * @csspart label - A checkbox label (the skill).
 * @csspart skill-hint - A skill's description, under its label.
 * @csspart count - The live count, e.g. "2 of 5 skills ticked".
 * @csspart empty - The message shown when the role lists no skills.
 *
 * @cssprop [--hc-text-colour=#212b32] - Text and the checkbox border and tick.
 * @cssprop [--hc-secondary-text-colour=#4c6272] - Hints.
 * @cssprop [--hc-focus-colour=#ffeb3b] - Focus ring around a checkbox.
 * @cssprop [--hc-card-background-colour=#fff] - Inside a checkbox.
 * @cssprop [--hc-link-colour=#005eb8] - Link colour of the shared styles (the checklist shows no links itself).
 */
export class HcSkillsChecklist extends WidgetElement {
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    persist: { type: Boolean },
  };

  static override styles = oneSheet(tokens, base, states, checkboxes, skillsChecklistStyles);
  static formAssociated = true;

  /** Form field name: the form submits one entry per ticked skill id under it. */
  name: string | null = null;

  /** Keep the ticks in `localStorage` under `hc:skills:<roleId>`. */
  persist = false;

  readonly #form = new FormValueController(this, this.internals, () => {
    const selected = this.selected;
    return { name: this.name, values: selected, state: JSON.stringify(selected) };
  });
  readonly #ticks = new StoredChoice<readonly string[]>(this, () => this.persist, idsFrom, []);

  /** Ticked skill ids, in the role's order. Setting it does not fire `hc-skills-change`. */
  get selected(): string[] {
    const role = this.#role();
    const ids = this.#ticks.value;
    return role
      ? role.skills.filter((skill) => ids.includes(skill.id)).map((skill) => skill.id)
      : [...ids];
  }

  set selected(ids: readonly string[]) {
    this.#ticks.set(uniqueIds(ids));
    this.#form.sync();
  }

  /** The `<form>` the checklist belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#form.form;
  }

  formResetCallback(): void {
    this.#ticks.set([]);
    this.#form.sync();
  }

  formStateRestoreCallback(state: unknown): void {
    const ids = typeof state === 'string' && parseStored(state, idsFrom);
    if (ids) this.selected = ids;
  }

  formDisabledCallback(disabled: boolean): void {
    this.#form.setDisabled(disabled);
  }

  /** After the data controller has resolved the role for this update, before rendering. */
  protected override update(changed: PropertyValues): void {
    const role = this.#role();
    if (role) this.#ticks.use(`hc:skills:${role.id}`);
    super.update(changed);
  }

  protected override renderRole(role: Role, contentLang: string | null) {
    const t = this.locale.strings;
    const lang = contentLangFor(contentLang, this.locale.lang);
    if (!role.skills.length) return html`<p part="empty" class="hc-last">${t.noSkills}</p>`;
    const selected = new Set(this.rendersAsServer ? [] : this.selected);
    const disabled = !this.rendersAsServer && this.#form.disabled;

    return html`<fieldset
      part="fieldset"
      class="hc-fieldset"
      aria-describedby="hint"
      ?disabled=${disabled}
      @change=${this.#onChange}
    >
      <legend part="legend" class="hc-legend hc-heading-s">
        ${t.skillsLegend} <span lang=${lang}>${role.title}</span>
      </legend>
      <p part="hint" id="hint" class="hc-hint">${t.skillsHint}</p>
      <div part="checkboxes" class="hc-checkboxes">
        ${role.skills.map((skill, index) =>
          checkbox({
            id: `skill-${index}`,
            value: skill.id,
            label: skill.label,
            hint: skill.description,
            checked: selected.has(skill.id),
            disabled,
            lang,
          }),
        )}
      </div>
      <p part="count" class="hc-count" role="status">
        ${t.skillsTicked(selected.size, role.skills.length)}
      </p>
    </fieldset>`;
  }

  #role(): Role | null {
    const state = this.data.state;
    return state.status === 'ready' ? state.role : null;
  }

  #onChange(): void {
    const role = this.#role();
    if (!role) return;
    const boxes = this.renderRoot.querySelectorAll<HTMLInputElement>('[part~="checkbox"]');
    this.#ticks.set([...boxes].filter((box) => box.checked).map((box) => box.value));
    this.#form.sync();
    const detail: SkillsChangeDetail = {
      roleId: role.id,
      selected: this.selected,
      total: role.skills.length,
    };
    this.dispatchEvent(hcEvent('hc-skills-change', detail));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hc-skills-checklist': HcSkillsChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'hc-skills-change': CustomEvent<SkillsChangeDetail>;
  }
}
