import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOADING, type CatalogueState } from '../data/context.js';
import { waitForCatalogue, type CatalogueWait, type LoadAnswer } from '../data/loader.js';

/** A catalogue to fetch: its absolute URL and how long to wait for it. */
export interface CatalogueRequest {
  url: string;
  timeoutMs: number;
}

const keyOf = (request: CatalogueRequest | null): string | null =>
  request && `${request.timeoutMs} ${request.url}`;

/**
 * Fetches a catalogue URL for its host through the shared loader and follows the URL as it
 * changes: a new URL starts a new load before the host renders, and an answer for an old URL is
 * dropped. When the host leaves the page mid-request it stops waiting (the loader aborts the
 * request once nobody waits) and asks again when the host comes back.
 *
 * Written here rather than with @lit/task: the loader already returns values rather than
 * throwing, so what is left is these few lines, and the CDN bundle is smaller without it.
 */
export class CatalogueRequestController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #request: () => CatalogueRequest | null;
  /** The request the current result (or load in progress) is for. */
  #key: string | null = null;
  #result: LoadAnswer | undefined;
  /** The wait for `#key`'s answer, until it comes or the host leaves. */
  #wait: CatalogueWait | undefined;
  #bypassCache = false;

  constructor(host: ReactiveControllerHost, request: () => CatalogueRequest | null) {
    this.#host = host;
    this.#request = request;
    host.addController(this);
  }

  /** `null` while there is no URL to fetch; loading until the answer for this URL comes. */
  get state(): CatalogueState | null {
    const request = this.#request();
    if (request === null) return null;
    if (keyOf(request) !== this.#key) return LOADING;
    // The loader's result is kept as it is, so the state is the same object until a new answer.
    return this.#result ?? LOADING;
  }

  /** Fetches again, bypassing the cache for this URL. */
  reload(): void {
    if (this.#request() === null) return;
    this.#bypassCache = true;
    this.#key = null;
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostConnected(): void {
    // Left mid-request (see below): rejoin at once, before the loader's microtask gives up on
    // a request nobody waits for, so that an element moved in the page keeps its request.
    if (this.#key !== null && !this.#wait) {
      this.#key = null;
      this.#sync();
    }
  }

  hostDisconnected(): void {
    if (!this.#wait || this.#result) return;
    this.#wait.leave();
    this.#wait = undefined;
  }

  /** Starts a load when the wanted request differs from the one under way or answered. */
  #sync(): void {
    const request = this.#request();
    const key = keyOf(request);
    if (key === this.#key) return;
    this.#wait?.leave();
    this.#key = key;
    this.#result = undefined;
    this.#wait = undefined;
    if (request === null) return;
    const wait = (this.#wait = waitForCatalogue(request.url, {
      timeoutMs: request.timeoutMs,
      reload: this.#bypassCache,
    }));
    this.#bypassCache = false;
    void wait.answer.then((result) => {
      if (wait !== this.#wait) return;
      this.#result = result;
      this.#host.requestUpdate();
    });
  }
}
