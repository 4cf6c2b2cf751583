import { parseCatalogue, type CheckedCatalogue, type DataProblem } from './catalogue.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

/** The outcome of one load: a value, never an exception. */
export type LoadResult =
  | { status: 'ready'; src: string; catalogue: CheckedCatalogue }
  | { status: 'error'; src: string; problem: DataProblem }
  /** The caller's own signal was aborted before the answer came; nothing to show. */
  | { status: 'aborted'; src: string };

export interface LoadOptions {
  /** Used when this call starts the request; later callers share it as it is. */
  timeoutMs?: number;
  /** Aborting it stops this caller waiting; the request stops when nobody waits any more. */
  signal?: AbortSignal;
  /** Start a new request even when one is cached or in flight (`reload()`). */
  reload?: boolean;
}

interface Request {
  readonly answer: Promise<LoadAnswer>;
  readonly controller: AbortController;
  waiting: number;
  settled: boolean;
}

/**
 * One cache per page (per copy of the module), keyed by absolute URL. A successful load is
 * kept for the life of the page; a failed one is forgotten as soon as it settles, so the next
 * element to ask, or `reload()`, tries again.
 */
const requests = new Map<string, Request>();

const TIMED_OUT = Symbol('timed out');

/** URLs resolved against one base: every widget resolves its `src` on each update. */
let resolved: { base: string; urls: Map<string, string | null> } | undefined;

/** Resolves a URL against the document, so `a.json` and `./a.json` share one request. */
export function absoluteUrl(src: string): string | null {
  const base = document.baseURI;
  if (resolved?.base !== base) resolved = { base, urls: new Map() };
  let url = resolved.urls.get(src);
  if (url === undefined) {
    try {
      url = new URL(src, base).href;
    } catch {
      url = null;
    }
    resolved.urls.set(src, url);
  }
  return url;
}

const problem = (reason: DataProblem['reason'], message: string, status?: number): DataProblem => ({
  reason,
  path: null,
  message,
  ...(status === undefined ? {} : { status }),
});

/** A fault of the request itself: ours (timeout) or the network's. */
function requestProblem(src: string, signal: AbortSignal, timeoutMs: number): DataProblem {
  return signal.reason === TIMED_OUT
    ? problem('timeout', `No answer from ${src} within ${timeoutMs} ms.`)
    : problem('network', `The catalogue at ${src} could not be fetched (network error).`);
}

async function fetchCatalogue(
  src: string,
  signal: AbortSignal,
  timeoutMs: number,
  reload: boolean,
): Promise<LoadAnswer> {
  let body: string;
  try {
    const response = await fetch(src, {
      signal,
      headers: { Accept: 'application/json' },
      // An explicit reload should see an edited file, not the browser's cached copy.
      cache: reload ? 'no-cache' : 'default',
    });
    if (!response.ok) {
      return {
        status: 'error',
        src,
        problem: problem(
          'http',
          `The server answered ${[response.status, response.statusText].join(' ').trim()} for ${src}.`,
          response.status,
        ),
      };
    }
    body = await response.text();
  } catch {
    return { status: 'error', src, problem: requestProblem(src, signal, timeoutMs) };
  }
  const checked = parseCatalogue(body, `The catalogue at ${src}`);
  return checked.ok
    ? { status: 'ready', src, catalogue: checked.catalogue }
    : { status: 'error', src, problem: checked.problem };
}

function startRequest(src: string, timeoutMs: number, reload: boolean): Request {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(TIMED_OUT), timeoutMs);
  const answer = fetchCatalogue(src, controller.signal, timeoutMs, reload);
  const request: Request = { answer, controller, waiting: 0, settled: false };
  void answer.then((result) => {
    clearTimeout(timer);
    request.settled = true;
    if (result.status !== 'ready' && requests.get(src) === request) requests.delete(src);
  });
  return request;
}

/** A caller stopped waiting; when it was the last, stop the request and forget it. */
function leave(src: string, request: Request): void {
  request.waiting -= 1;
  // Wait a microtask: an element moved to another place in the page disconnects and
  // reconnects at once, and should rejoin the request rather than restart it.
  queueMicrotask(() => {
    if (request.waiting > 0 || request.settled) return;
    request.controller.abort();
    if (requests.get(src) === request) requests.delete(src);
  });
}

/** A result with an answer: what a caller that did not leave hears. */
export type LoadAnswer = Exclude<LoadResult, { status: 'aborted' }>;

/** One caller's wait on a shared load: its answer, and `leave()` to stop waiting for it. */
export interface CatalogueWait {
  readonly answer: Promise<LoadAnswer>;
  /**
   * Stops waiting: the request stops when nobody waits any more. A caller that left ignores
   * `answer`, which still settles.
   */
  leave(): void;
}

/** The wait a load uses: `timeoutMs` when it is a positive finite number, else the default. */
export const timeoutOrDefault = (timeoutMs: number | undefined): number =>
  timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs)
    ? timeoutMs
    : DEFAULT_TIMEOUT_MS;

/**
 * Joins (or starts) the load of `src`: what each widget does, with no signal or promise of its
 * own, so that a hundred widgets on one catalogue cost one request and little else.
 */
export function waitForCatalogue(
  src: string,
  options: Omit<LoadOptions, 'signal'> = {},
): CatalogueWait {
  const { reload = false } = options;
  const timeoutMs = timeoutOrDefault(options.timeoutMs);
  const url = absoluteUrl(src);
  if (url === null) {
    const answer: LoadAnswer = {
      status: 'error',
      src,
      problem: problem('network', `"${src}" is not a URL the browser can fetch.`),
    };
    return { answer: Promise.resolve(answer), leave: () => undefined };
  }
  let request = requests.get(url);
  if (!request || reload) {
    request = startRequest(url, timeoutMs, reload);
    requests.set(url, request);
  }
  const shared = request;
  shared.waiting += 1;
  let left = false;
  return {
    answer: shared.answer,
    leave: () => {
      if (left) return;
      left = true;
      leave(url, shared);
    },
  };
}

/**
 * Loads and checks the catalogue at `src`. Callers of one URL share one request and one result;
 * the promise always resolves, with a problem classified into SPEC's reasons when it failed, or
 * `aborted` when `signal` aborts first.
 */
export function loadCatalogue(src: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { signal } = options;
  const url = absoluteUrl(src);
  if (url !== null && signal?.aborted) return Promise.resolve({ status: 'aborted', src: url });
  const wait = waitForCatalogue(src, options);
  // A URL the browser cannot fetch has its answer at once, whatever the signal.
  if (!signal || url === null) return wait.answer;
  return new Promise<LoadResult>((resolve) => {
    const onAbort = () => {
      wait.leave();
      resolve({ status: 'aborted', src: url });
    };
    signal.addEventListener('abort', onAbort, { once: true });
    void wait.answer.then((result) => {
      if (signal.aborted) return;
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    });
  });
}
