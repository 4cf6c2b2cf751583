import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { CatalogueState } from '../data/context.js';
import { DEFAULT_TIMEOUT_MS, loadCatalogue, type LoadResult } from '../data/loader.js';

/** A catalogue to fetch: its absolute URL and how long to wait for it. */
export interface CatalogueRequest {
  url: string;
  timeoutMs: number;
}

const LOADING: CatalogueState = { status: 'loading' };

/**
 * Fetches a catalogue URL for its host through the shared loader and follows the URL as it
 * changes. When the host leaves the page mid-request it stops waiting (the loader aborts the
 * request once nobody waits), and asks again when the host comes back.
 */
export class CatalogueRequestController implements ReactiveController {
  readonly #task: Task<[string | null, number], LoadResult>;
  readonly #request: () => CatalogueRequest | null;
  #bypassCache = false;
  #abandoned = false;

  constructor(host: ReactiveControllerHost, request: () => CatalogueRequest | null) {
    this.#request = request;
    this.#task = new Task(host, {
      args: () => {
        const current = this.#request();
        return [current?.url ?? null, current?.timeoutMs ?? DEFAULT_TIMEOUT_MS];
      },
      task: ([url, timeoutMs], { signal }) => {
        if (url === null) return initialState;
        const reload = this.#bypassCache;
        this.#bypassCache = false;
        return loadCatalogue(url, { timeoutMs, signal, reload });
      },
    });
    host.addController(this);
  }

  /** `null` while there is no URL to fetch. */
  get state(): CatalogueState | null {
    if (this.#request() === null) return null;
    const result = this.#task.status === TaskStatus.COMPLETE ? this.#task.value : undefined;
    // The loader's result is kept as it is, so the state is the same object until a new answer.
    return result && result.status !== 'aborted' ? result : LOADING;
  }

  /** Fetches again, bypassing the cache for this URL. */
  reload(): void {
    if (this.#request() === null) return;
    this.#bypassCache = true;
    void this.#task.run();
  }

  hostConnected(): void {
    if (!this.#abandoned) return;
    this.#abandoned = false;
    void this.#task.run();
  }

  hostDisconnected(): void {
    if (this.#task.status !== TaskStatus.PENDING) return;
    this.#abandoned = true;
    this.#task.abort();
  }
}
