import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOADING, type CatalogueState } from '../data/context.js';
import {
  absoluteUrl,
  timeoutOrDefault,
  waitForCatalogue,
  type CatalogueWait,
  type LoadAnswer,
} from '../data/loader.js';

/** An element that fetches a catalogue: it says how long to wait for it. */
export interface CatalogueRequestHost extends ReactiveControllerHost {
  timeoutMs: number;
}

/**
 * Fetches a catalogue URL for its host through the shared loader and follows the URL as it
 * changes: a new URL starts a new load before the host renders, and an answer for an old URL is
 * dropped. When the host leaves the page mid-request it stops waiting (the loader aborts the
 * request once nobody waits) and asks again when the host comes back.
 *
 * Written here rather than with @lit/task: the loader already returns values rather than
 * throwing, so what is left is these few lines, and the CDN bundle is smaller without it.
 *
 * The wanted URL is asked for on every update of every widget, so it is a string compared as it
 * is, with the timeout the loader would use: no request object or key is made per call (a page
 * of cards would otherwise make hundreds).
 */
export class CatalogueRequestController implements ReactiveController {
  readonly #host: CatalogueRequestHost;
  readonly #wantedSrc: () => string | null;
  /** The URL and wait the current result (or load in progress) is for; no URL, no load. */
  #url: string | null = null;
  #timeoutMs = 0;
  #result: LoadAnswer | undefined;
  /** The wait for `#url`'s answer, until it comes or the host leaves. */
  #wait: CatalogueWait | undefined;
  #bypassCache = false;

  /** `wantedSrc` gives the catalogue's URL as written, just now, or `null` for none. */
  constructor(host: CatalogueRequestHost, wantedSrc: () => string | null) {
    this.#host = host;
    this.#wantedSrc = wantedSrc;
    host.addController(this);
  }

  /** `null` while there is no URL to fetch; loading until the answer for this URL comes. */
  get state(): CatalogueState | null {
    const url = this.#wantedUrl();
    if (url === null) return null;
    if (!this.#isCurrent(url)) return LOADING;
    // The loader's result is kept as it is, so the state is the same object until a new answer.
    return this.#result ?? LOADING;
  }

  /** Fetches again, bypassing the cache for this URL. */
  reload(): void {
    if (this.#wantedSrc() === null) return;
    this.#bypassCache = true;
    this.#url = null;
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostConnected(): void {
    // Left mid-request (see below): rejoin at once, before the loader's microtask gives up on
    // a request nobody waits for, so that an element moved in the page keeps its request.
    if (this.#url !== null && !this.#wait) {
      this.#url = null;
      this.#sync();
    }
  }

  hostDisconnected(): void {
    if (!this.#wait || this.#result) return;
    this.#wait.leave();
    this.#wait = undefined;
  }

  /**
   * The absolute URL to fetch just now. A src the browser cannot parse goes to the loader as it
   * is, which reports it as `network`.
   */
  #wantedUrl(): string | null {
    const src = this.#wantedSrc();
    return src === null ? null : (absoluteUrl(src) ?? src);
  }

  /**
   * Whether `url` (or no URL), with the wait the loader would use, is what the current load is
   * for. The loader's wait rather than `timeoutMs` itself: `timeout-ms="10s"` is NaN, which is
   * never `===` itself, and each update would start the load again, without end.
   */
  #isCurrent(url: string | null): boolean {
    return (
      url === this.#url &&
      (url === null || timeoutOrDefault(this.#host.timeoutMs) === this.#timeoutMs)
    );
  }

  /** Starts a load when the wanted request differs from the one under way or answered. */
  #sync(): void {
    const url = this.#wantedUrl();
    if (this.#isCurrent(url)) return;
    this.#wait?.leave();
    this.#url = url;
    this.#timeoutMs = timeoutOrDefault(this.#host.timeoutMs);
    this.#result = undefined;
    this.#wait = undefined;
    if (url === null) return;
    const wait = (this.#wait = waitForCatalogue(url, {
      timeoutMs: this.#timeoutMs,
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
