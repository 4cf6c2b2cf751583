import type { ReactiveControllerHost } from 'lit';

/**
 * A form-associated host's link to its form through ElementInternals: submits one entry per
 * value under the host's `name` (like `<select multiple>`), and tracks whether a disabled
 * `<fieldset>` or form disables it. The host forwards its form callbacks here.
 */
export class FormValueController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #internals: ElementInternals;
  #disabled = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    this.#internals = host.attachInternals();
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** Disabled by an ancestor `<fieldset disabled>` (or the host's own `disabled`). */
  get disabled(): boolean {
    return this.#disabled;
  }

  setDisabled(disabled: boolean): void {
    if (disabled === this.#disabled) return;
    this.#disabled = disabled;
    this.#host.requestUpdate();
  }

  /** Submits each of `values` under `name`; `state` is what the browser gives back on restore. */
  setValues(name: string | null, values: readonly string[], state: string): void {
    if (!name || values.length === 0) {
      this.#internals.setFormValue(null, state);
      return;
    }
    const entries = new FormData();
    for (const value of values) entries.append(name, value);
    this.#internals.setFormValue(entries, state);
  }
}
