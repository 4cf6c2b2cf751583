import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextEvent } from '@lit/context';
import {
  LOADING,
  attachContextRoot,
  catalogueContext,
  type CatalogueContextValue,
  type CatalogueState,
} from '../data/context.js';
import { defaultCatalogueUrl } from '../data/default-catalogue.js';
import { CatalogueRequestController } from './catalogue-request-controller.js';

/** An element that reads a catalogue: SPEC's `src` and `timeout-ms`. */
export interface CatalogueHost extends ReactiveControllerHost, HTMLElement {
  src: string | null;
  timeoutMs: number;
}

/**
 * Finds an `<hc-careers-data>` above `element`, across shadow roots, even before it upgrades.
 * Every widget with no provider asks this as it connects: `closest` walks each tree natively.
 */
function hasProviderAncestor(element: Element): boolean {
  let node: Element | null = element;
  while (node) {
    if (node.closest('hc-careers-data')) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

/**
 * Where an element's catalogue comes from, first match wins: its own `src`, the nearest
 * `<hc-careers-data>` (through context), the default catalogue. Made by a data controller, which
 * reads `state`; the server, which runs no controllers, calls `hostConnected` itself.
 */
export class CatalogueSource implements ReactiveController {
  readonly #host: CatalogueHost;
  readonly #request: CatalogueRequestController;
  #provided: CatalogueContextValue | undefined;
  #unsubscribe: (() => void) | undefined;
  /** A provider is in the page above the host but has not been defined yet. */
  #awaitingProvider = false;

  /** `wanted` says whether the host needs a catalogue at all just now. */
  constructor(host: CatalogueHost, wanted: () => boolean) {
    this.#host = host;
    this.#request = new CatalogueRequestController(host, () => {
      if (!wanted()) return null;
      if (this.#host.src) return this.#host.src;
      if (this.#provided || this.#awaitingProvider) return null;
      return defaultCatalogueUrl();
    });
    host.addController(this);
  }

  /** The catalogue as things stand; loading while waiting for a provider that will answer. */
  get state(): CatalogueState {
    return this.#request.state ?? this.#provided?.state ?? LOADING;
  }

  /** The provider's `role-id`, for widgets that name none. */
  get providedRoleId(): string | null {
    return this.#provided?.roleId ?? null;
  }

  /** A provider is above the host but has not answered yet (it is not defined yet). */
  get awaitingProvider(): boolean {
    return this.#awaitingProvider;
  }

  /** Loads again, bypassing the cache: the host's own URL, or else its provider's. */
  reload(): void {
    if (this.#request.state) this.#request.reload();
    else this.#provided?.reload();
  }

  hostConnected(): void {
    const before = this.#provided;
    this.#provided = undefined;
    this.#askForProvider();
    // No answer, but a provider above is not defined yet: ask again with a ContextRoot on the
    // page, which keeps the request until that provider appears and answers it.
    this.#awaitingProvider = !this.#provided && hasProviderAncestor(this.#host);
    if (this.#awaitingProvider) {
      attachContextRoot();
      this.#askForProvider();
    }
    // Moved out of its provider (or under another that has not answered): its data changed.
    if (before && this.#provided !== before) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #askForProvider(): void {
    this.#host.dispatchEvent(
      new ContextEvent(catalogueContext, this.#host, this.#onProvided, true),
    );
  }

  /** Stable identity: the provider and the ContextRoot dedupe subscriptions by callback. */
  readonly #onProvided = (value: CatalogueContextValue, unsubscribe?: () => void): void => {
    if (this.#unsubscribe && this.#unsubscribe !== unsubscribe) this.#unsubscribe();
    this.#unsubscribe = unsubscribe;
    this.#provided = value;
    this.#awaitingProvider = false;
    this.#host.requestUpdate();
  };
}
