import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the text of the host's first child `<script type="application/json">`. The host may
 * upgrade before the parser has reached its children, and a CMS may swap the script later, so
 * the children are watched rather than read once.
 */
export class InlineJsonController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #observer: MutationObserver;
  #text: string | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    this.#observer = new MutationObserver(() => this.#read());
    host.addController(this);
  }

  /** The script's text, or `null` when there is no such child. */
  get text(): string | null {
    return this.#text;
  }

  hostConnected(): void {
    this.#read();
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  #read(): void {
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? null;
    if (text === this.#text) return;
    this.#text = text;
    this.#host.requestUpdate();
  }
}
