import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Strings } from '../i18n/index.js';

/** SPEC's default `max-length`. */
export const DEFAULT_MAX_LENGTH = 1200;

/** Typing pause after which the count is read out. */
const ANNOUNCE_DELAY_MS = 1000;

/** SPEC counts the limit in Unicode code points, not UTF-16 units: an emoji is one character. */
export const characterCount = (text: string): number => [...text].length;

/** The host's `max-length`; anything but a whole number above 0 means the default. */
export interface CharacterCountHost extends ReactiveControllerHost {
  maxLength: unknown;
}

/**
 * A text field's character count in the NHS.UK manner: a visible count that follows every key,
 * and the same words read out by a polite live region once typing pauses, not on every key.
 */
export class CharacterCountController implements ReactiveController {
  readonly #host: CharacterCountHost;
  readonly #field: { readonly text: string };
  readonly #locale: { readonly strings: Strings };
  #announcement = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Counts the text of `field` (as typed) in the words of `locale`. */
  constructor(
    host: CharacterCountHost,
    field: { readonly text: string },
    locale: { readonly strings: Strings },
  ) {
    this.#host = host;
    this.#field = field;
    this.#locale = locale;
    host.addController(this);
  }

  /** The limit in characters. */
  get limit(): number {
    const limit = Number(this.#host.maxLength);
    return Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_MAX_LENGTH;
  }

  /** The text is longer than the limit: it may not be sent. */
  get over(): boolean {
    return characterCount(this.#field.text) > this.limit;
  }

  /** The visible count: the limit while nothing is typed, then what is left or how many over. */
  get text(): string {
    const t = this.#locale.strings;
    const typed = this.#field.text;
    if (!typed) return t.countLimit(this.limit);
    const left = this.limit - characterCount(typed);
    return left >= 0 ? t.countRemaining(left) : t.countOver(-left);
  }

  /** What the live region says: the count as it was when typing last paused. */
  get announcement(): string {
    return this.#announcement;
  }

  /** Call on every input; the count is read out once typing pauses. */
  typed(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#announcement = this.text;
      this.#host.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
