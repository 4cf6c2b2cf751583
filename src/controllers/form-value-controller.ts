import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the host submits: one entry per value under `name`, and the state to restore. */
export interface FormValue {
  name: string | null;
  values: readonly string[];
  /** What the browser gives back to `formStateRestoreCallback`. */
  state: string;
}

/**
 * A form-associated host's link to its form through ElementInternals: submits one entry per
 * value under the host's `name` (like `<select multiple>`) after every update, and tracks
 * whether a disabled `<fieldset>` or form disables it. The host forwards its form callbacks here.
 */
export class FormValueController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #internals: ElementInternals;
  readonly #value: () => FormValue;
  #disabled = false;

  constructor(host: ReactiveControllerHost, internals: ElementInternals, value: () => FormValue) {
    this.#host = host;
    this.#internals = internals;
    this.#value = value;
    host.addController(this);
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

  /**
   * Gives the form the host's value now. The host also calls it on every change, not only at
   * the next update, so a page that changes the value and submits in the same task sends it.
   */
  sync(): void {
    const { name, values, state } = this.#value();
    if (!name || values.length === 0) {
      this.#internals.setFormValue(null, state);
      return;
    }
    const entries = new FormData();
    for (const value of values) entries.append(name, value);
    this.#internals.setFormValue(entries, state);
  }

  hostUpdated(): void {
    this.sync();
  }
}
