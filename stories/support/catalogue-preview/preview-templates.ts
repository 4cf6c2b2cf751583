/** The preview's output: the outcome of a check, and every widget showing the catalogue. */
import { html } from 'lit';
import type { CheckedCatalogue } from './check-catalogue.js';

const counted = (count: number, one: string, many: string) =>
  `${count} ${count === 1 ? one : many}`;

/** What of a catalogue with problems is still shown: its sound roles. */
function stillShown(count: number): string {
  if (!count) return 'Nothing can be shown until it is fixed.';
  return count === 1
    ? 'The role without one is shown below.'
    : `The ${count} roles without one are shown below.`;
}

/**
 * An NHS.UK error summary listing every problem, each a link to the field it came from; or, for
 * a sound catalogue, a panel saying so. Either is marked `data-outcome`, to take focus.
 */
export function outcomeTemplate(
  { source, problems, roles }: CheckedCatalogue,
  fieldId: string,
  focusField: (event: Event) => void,
) {
  if (!problems.length) {
    return html`<div class="hc-panel hc-panel--success" tabindex="-1" data-outcome>
      <h2 class="hc-heading-m">No problems found</h2>
      <p>
        ${
          roles.length
            ? `${source} holds ${counted(roles.length, 'role', 'roles')}, shown below.`
            : `${source} holds no roles yet: add one to see it in the widgets.`
        }
      </p>
    </div>`;
  }
  return html`<div
    class="hc-error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="problems-title"
    data-outcome
  >
    <h2 class="hc-heading-m" id="problems-title">There is a problem</h2>
    <p>
      ${source} has ${counted(problems.length, 'problem', 'problems')}. ${stillShown(roles.length)}
    </p>
    <ul>
      ${problems.map(
        (problem) => html`<li><a href="#${fieldId}" @click=${focusField}>${problem}</a></li>`,
      )}
    </ul>
  </div>`;
}

/** One role in every widget, in one interface language. */
function widgetsIn(lang: 'en' | 'cy', catalogue: unknown, roleId: string) {
  return html`<div lang=${lang}>
    <hc-careers-data .catalogue=${catalogue} role-id=${roleId}>
      <hc-role-card heading-level="4"></hc-role-card>
      <hc-requirements-list heading-level="4"></hc-requirements-list>
      <hc-skills-checklist></hc-skills-checklist>
      <!-- No endpoint: sending shows the thank-you panel and goes nowhere. -->
      <hc-feedback-form heading-level="4" page="/preview/${lang}"></hc-feedback-form>
    </hc-careers-data>
  </div>`;
}

/**
 * The picked role in the role card, requirements list, skills checklist and feedback form, in
 * English and in Welsh side by side (one after the other on a narrow screen), then the role
 * finder over the whole catalogue.
 */
export function widgetsTemplate(
  { catalogue, roles }: CheckedCatalogue,
  roleId: string,
  pick: (event: Event) => void,
) {
  return html`<section aria-labelledby="preview-title">
      <h2 class="hc-heading-m" id="preview-title">Each widget showing one role</h2>
      <label class="hc-label" for="role">Role to preview</label>
      <select class="hc-select" id="role" @change=${pick}>
        ${roles.map(
          (role) =>
            html`<option value=${role.id} ?selected=${role.id === roleId}>
              ${role.title} (${role.id})
            </option>`,
        )}
      </select>
      <div class="languages">
        <section aria-labelledby="english-title">
          <h3 class="hc-heading-s" id="english-title">In English</h3>
          ${widgetsIn('en', catalogue, roleId)}
        </section>
        <section aria-labelledby="welsh-title">
          <h3 class="hc-heading-s" id="welsh-title">In Welsh</h3>
          ${widgetsIn('cy', catalogue, roleId)}
        </section>
      </div>
    </section>
    <section aria-labelledby="finder-title">
      <h2 class="hc-heading-m" id="finder-title">The role finder over the whole catalogue</h2>
      <hc-careers-data .catalogue=${catalogue}>
        <hc-role-finder heading-level="3"></hc-role-finder>
      </hc-careers-data>
    </section>`;
}
