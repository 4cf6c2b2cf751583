import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { STRINGS, interfaceLangOf, type InterfaceLang, type Strings } from '../i18n/index.js';

/** The nearest ancestor-or-self `lang`, across shadow roots; `null` when none is set. */
function nearestLang(element: Element): string | null {
  // The server renders each widget on its own, with its language on the widget itself.
  if (isServer) return element.getAttribute('lang');
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** One observer for the page: a `lang` change anywhere may change any widget's language. */
function watchLang(controller: LocaleController): void {
  controllers.add(controller);
  observer ??= new MutationObserver(() => controllers.forEach((each) => each.refresh()));
  if (controllers.size === 1) {
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
}

function unwatchLang(controller: LocaleController): void {
  controllers.delete(controller);
  if (controllers.size === 0) observer?.disconnect();
}

/**
 * Follows the nearest `lang` (SPEC: `cy…` is Welsh, anything else English), also when it
 * changes, and gives the host the matching strings.
 */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #lang: InterfaceLang = 'en';

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  get lang(): InterfaceLang {
    return this.#lang;
  }

  get strings(): Strings {
    return STRINGS[this.#lang];
  }

  hostConnected(): void {
    watchLang(this);
    this.refresh();
  }

  hostDisconnected(): void {
    unwatchLang(this);
  }

  /** Reads the language again; re-renders the host only when it changed. */
  refresh(): void {
    const lang = interfaceLangOf(nearestLang(this.#host));
    if (lang === this.#lang) return;
    this.#lang = lang;
    this.#host.requestUpdate();
  }
}
