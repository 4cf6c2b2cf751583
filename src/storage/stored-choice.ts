import type { ReactiveControllerHost } from 'lit';
import { readStorage, writeStorage } from './safe-storage.js';

/** How a choice is read back from storage: `null` when what is there is not one. */
export type ReadChoice<T> = (stored: unknown) => T | null;

/** Text ids from a stored array, dropping anything else. */
export const idsFrom = (value: unknown): string[] | null =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : null;

/** Text ids, each once; anything but an array gives none. */
export const uniqueIds = (value: unknown): string[] => [...new Set(idsFrom(value))];

/** A choice from JSON text, or `null` when the text is missing, not JSON or not a choice. */
export function parseStored<T>(text: string | null, read: ReadChoice<T>): T | null {
  if (text === null) return null;
  try {
    return read(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * What a person has ticked, optionally kept in `localStorage` under a key that depends on the
 * data (the checklist's role, the finder's catalogue). A choice the page sets before the key is
 * known wins over a stored one; moving to another key starts from its stored choice, or `empty`.
 * Not a controller: the host tells it the key when it learns it.
 */
export class StoredChoice<T> {
  readonly #host: ReactiveControllerHost;
  readonly #persist: () => boolean;
  readonly #read: ReadChoice<T>;
  readonly #empty: T;
  #value: T;
  #key: string | null = null;
  #setBeforeKey = false;

  constructor(host: ReactiveControllerHost, persist: () => boolean, read: ReadChoice<T>, empty: T) {
    this.#host = host;
    this.#persist = persist;
    this.#read = read;
    this.#value = this.#empty = empty;
  }

  get value(): T {
    return this.#value;
  }

  /** Called with the storage key whenever it is known; acts only when the key changes. */
  use(key: string): void {
    if (key === this.#key) return;
    const first = this.#key === null;
    this.#key = key;
    const stored = this.#persist()
      ? parseStored(readStorage('localStorage', key), this.#read)
      : null;
    if (first && this.#setBeforeKey) this.#write();
    else this.#value = stored ?? this.#empty;
  }

  set(value: T): void {
    this.#value = value;
    if (this.#key === null) this.#setBeforeKey = true;
    this.#write();
    this.#host.requestUpdate();
  }

  #write(): void {
    if (!this.#persist() || this.#key === null) return;
    writeStorage('localStorage', this.#key, JSON.stringify(this.#value));
  }
}
