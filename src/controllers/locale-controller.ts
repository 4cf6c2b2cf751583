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
/** The document and every shadow root that holds a widget: where a `lang` change can matter. */
let observed = new WeakSet<Node>();

/**
 * One observer for the page: a `lang` change anywhere may change any widget's language. A
 * document observer does not see into shadow roots, so each one a widget sits in is added.
 */
function watchLang(controller: LocaleController, host: Element): void {
  controllers.add(controller);
  const langObserver = (observer ??= new MutationObserver(() =>
    controllers.forEach((each) => each.refresh()),
  ));
  const watch = (target: Node) => {
    if (observed.has(target)) return;
    observed.add(target);
    langObserver.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
  };
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    watch(root);
  }
  watch(document.documentElement);
}

function unwatchLang(controller: LocaleController): void {
  controllers.delete(controller);
  if (controllers.size > 0) return;
  observer?.disconnect();
  observed = new WeakSet();
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
    watchLang(this, this.#host);
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
