/**
 * Web Storage that never breaks a widget: storage can be blocked (reading `localStorage` itself
 * throws in some privacy modes), missing (`null` in some web views), full, or replaced by a
 * page. Failures read as "nothing stored" and writes that fail are dropped; the widget carries
 * on with what it has in memory.
 */
export type StorageKind = 'localStorage' | 'sessionStorage';

export function readStorage(kind: StorageKind, key: string): string | null {
  try {
    return window[kind]?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeStorage(kind: StorageKind, key: string, value: string): void {
  try {
    window[kind]?.setItem(key, value);
  } catch {
    // Full or blocked: the value stays in memory only.
  }
}

export function removeStorage(kind: StorageKind, key: string): void {
  try {
    window[kind]?.removeItem(key);
  } catch {
    // Blocked: nothing was stored there either.
  }
}
