import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readStorage, removeStorage, writeStorage } from '../storage/safe-storage.js';

export interface SavedDraftOptions {
  /** Where the draft is kept in `sessionStorage`. */
  key: () => string;
  /** False while the host must render as the server did (hydrating), which knew no draft. */
  restorable: () => boolean;
}

/**
 * What a person has typed, kept in `sessionStorage` (this tab only) as they type, so that a
 * reload or a new form on the same page gives it back. It is read once, before the first update
 * that may show it; text typed before then wins.
 */
export class SavedDraftController implements ReactiveController {
  readonly #options: SavedDraftOptions;
  #text = '';
  #restored = false;

  constructor(host: ReactiveControllerHost, options: SavedDraftOptions) {
    this.#options = options;
    host.addController(this);
  }

  get text(): string {
    return this.#text;
  }

  /** Keeps what was typed; an empty field leaves nothing stored. */
  set text(text: string) {
    this.#text = text;
    if (text) writeStorage('sessionStorage', this.#options.key(), text);
    else removeStorage('sessionStorage', this.#options.key());
  }

  /** Forgets the draft, once it has been sent. */
  clear(): void {
    this.text = '';
  }

  hostUpdate(): void {
    if (this.#restored || !this.#options.restorable()) return;
    this.#restored = true;
    this.#text ||= readStorage('sessionStorage', this.#options.key()) ?? '';
  }
}
