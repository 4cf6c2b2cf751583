import type { ReactiveControllerHost } from 'lit';
import { readStorage, writeStorage } from './safe-storage.js';

/** SPEC's storage key for a role's ticks. */
export const skillsStorageKey = (roleId: string): string => `hc:skills:${roleId}`;

function parseStored(text: string | null): string[] | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : null;
  } catch {
    return null;
  }
}

/**
 * The ids a person has ticked for a role, optionally kept in `localStorage` under SPEC's key.
 * A selection the page sets before the role is known wins over a stored one; moving to another
 * role starts from that role's stored ticks, or none.
 */
export class SelectionController {
  readonly #host: ReactiveControllerHost;
  readonly #persist: () => boolean;
  #ids: readonly string[] = [];
  #roleId: string | null = null;
  #setBeforeRole = false;

  constructor(host: ReactiveControllerHost, persist: () => boolean) {
    this.#host = host;
    this.#persist = persist;
  }

  get ids(): readonly string[] {
    return this.#ids;
  }

  /** Called with the widget's role whenever it is known; acts only when the role changes. */
  useRole(roleId: string): void {
    if (roleId === this.#roleId) return;
    const first = this.#roleId === null;
    this.#roleId = roleId;
    const stored = this.#persist()
      ? parseStored(readStorage('localStorage', skillsStorageKey(roleId)))
      : null;
    if (first && this.#setBeforeRole) this.#write();
    else this.#ids = stored ?? [];
  }

  set(ids: readonly string[]): void {
    this.#ids = [...new Set(ids.filter((id) => typeof id === 'string'))];
    if (this.#roleId === null) this.#setBeforeRole = true;
    this.#write();
    this.#host.requestUpdate();
  }

  #write(): void {
    if (!this.#persist() || this.#roleId === null) return;
    writeStorage('localStorage', skillsStorageKey(this.#roleId), JSON.stringify(this.#ids));
  }
}
