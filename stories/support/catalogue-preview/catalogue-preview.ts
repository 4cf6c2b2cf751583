import { html, LitElement, nothing } from 'lit';
import { oneSheet } from '../../../src/styles/one-sheet.js';
import { base } from '../../../src/styles/shared.js';
import { tokens } from '../../../src/styles/tokens.js';
import { feedbackFormStyles } from '../../../src/elements/feedback-form/feedback-form.styles.js';
import { CatalogueCheckController } from './catalogue-check-controller.js';
import { checkFiles, checkJsonText } from './check-catalogue.js';
import { previewStyles } from './catalogue-preview.styles.js';
import { outcomeTemplate, widgetsTemplate } from './preview-templates.js';

const TEXT_FIELD = 'catalogue-text';
const FILE_FIELD = 'catalogue-file';
const ACCEPTED_FILES = [
  '.json',
  '.xlsx',
  '.csv',
  'application/json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
].join();

/**
 * The docs' catalogue preview: an editor pastes catalogue JSON or opens a file, sees its
 * problems in the command line's sentences, picks a role and sees every widget show it.
 * Nothing leaves the page. Not part of the package.
 */
export class DocsCataloguePreview extends LitElement {
  static override styles = [oneSheet(tokens, base, feedbackFormStyles), previewStyles];

  readonly #checker = new CatalogueCheckController(this);

  protected override render() {
    const { result, field, roleId, reading } = this.#checker;
    // The field the problems came from is marked invalid, and the error summary links to it.
    const invalidField = result?.problems.length ? field : null;
    return html`${result ? outcomeTemplate(result, field!, this.#focusField) : nothing}
      <form novalidate @submit=${this.#checkText}>
        <div class="hc-form-group ${invalidField === TEXT_FIELD ? 'hc-form-group--error' : ''}">
          <label class="hc-label" for=${TEXT_FIELD}>Paste a catalogue</label>
          <p class="hc-hint" id="${TEXT_FIELD}-hint">
            The whole JSON file, from its first { to its last }.
          </p>
          ${this.#errorMessage(TEXT_FIELD, invalidField)}
          <textarea
            class="hc-textarea ${invalidField === TEXT_FIELD ? 'hc-textarea--error' : ''}"
            id=${TEXT_FIELD}
            rows="8"
            spellcheck="false"
            aria-describedby=${this.#describedBy(TEXT_FIELD, invalidField)}
            aria-invalid=${invalidField === TEXT_FIELD ? 'true' : 'false'}
          ></textarea>
        </div>
        <button class="hc-button" type="submit">Check and preview</button>
      </form>
      <form novalidate @submit=${this.#checkFile}>
        <div class="hc-form-group ${invalidField === FILE_FIELD ? 'hc-form-group--error' : ''}">
          <label class="hc-label" for=${FILE_FIELD}>Or open a catalogue file</label>
          <p class="hc-hint" id="${FILE_FIELD}-hint">
            A catalogue's .json file, a workbook (.xlsx) that hc-widgets export wrote, or the CSV
            files it wrote to a folder (choose them all).
          </p>
          ${this.#errorMessage(FILE_FIELD, invalidField)}
          <input
            class="hc-file"
            type="file"
            id=${FILE_FIELD}
            accept=${ACCEPTED_FILES}
            multiple
            aria-describedby=${this.#describedBy(FILE_FIELD, invalidField)}
            aria-invalid=${invalidField === FILE_FIELD ? 'true' : 'false'}
          />
        </div>
        <button class="hc-button" type="submit">Check and preview the file</button>
      </form>
      <p class="hc-reading" role="status">${reading ? 'Reading the catalogue…' : ''}</p>
      ${result?.roles.length && roleId ? widgetsTemplate(result, roleId, this.#pick) : nothing}`;
  }

  #errorMessage(field: string, invalidField: string | null) {
    if (field !== invalidField) return nothing;
    return html`<p class="hc-error-message" id="${field}-error">
      <span class="hc-visually-hidden">Error:</span> Fix the problems listed above
    </p>`;
  }

  #describedBy(field: string, invalidField: string | null): string {
    return field === invalidField ? `${field}-hint ${field}-error` : `${field}-hint`;
  }

  #checkText(event: SubmitEvent): void {
    event.preventDefault();
    const text = this.#field<HTMLTextAreaElement>(TEXT_FIELD).value;
    void this.#checker.check(TEXT_FIELD, checkJsonText(text, 'The pasted text'));
  }

  #checkFile(event: SubmitEvent): void {
    event.preventDefault();
    const files = [...(this.#field<HTMLInputElement>(FILE_FIELD).files ?? [])];
    void this.#checker.check(FILE_FIELD, checkFiles(files));
  }

  #pick(event: Event): void {
    this.#checker.pick((event.target as HTMLSelectElement).value);
  }

  #focusField(event: Event): void {
    event.preventDefault();
    const field = this.#field(this.#checker.field!);
    field.scrollIntoView({ block: 'center' });
    field.focus();
  }

  #field<T extends HTMLElement = HTMLElement>(id: string): T {
    return this.renderRoot.querySelector<T>(`#${id}`)!;
  }
}
