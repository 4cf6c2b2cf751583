import type { Decorator } from '@storybook/web-components-vite';

/**
 * A fetch-intercepting decorator: stories name the answers a URL path gets, and the widgets
 * receive real `Response` objects with real statuses, headers and bodies, or a real network
 * failure, or nothing at all until they give up. Paths not named go to the network.
 */
export interface MockAnswer {
  status?: number;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as it is, for bodies that are not JSON. */
  text?: string;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Fail as a dropped connection does. */
  networkError?: boolean;
  /** Never answer (until the caller aborts). */
  never?: boolean;
}

/**
 * Per story: `parameters.mockFetch = { '/api/feedback/x': [first answer, second, …] }`. Docs pages
 * render many stories at once, so routes add up: give each story paths of its own.
 */
export type MockRoutes = Record<string, MockAnswer[]>;

/** What the mocked endpoints received, for play functions to check. */
export const received: { url: string; method: string; headers: Headers; body: string }[] = [];

let routes: MockRoutes = {};
const counts = new Map<string, number>();
const realFetch = window.fetch.bind(window);

const abortable = (signal: AbortSignal | null | undefined, wait: Promise<void>) =>
  new Promise<void>((resolve, reject) => {
    signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
    void wait.then(resolve);
  });

async function answer(path: string, request: Request): Promise<Response> {
  const answers = routes[path]!;
  const count = counts.get(path) ?? 0;
  counts.set(path, count + 1);
  const next = answers[Math.min(count, answers.length - 1)] ?? {};
  received.push({
    url: request.url,
    method: request.method,
    headers: request.headers,
    body: request.method === 'GET' ? '' : await request.clone().text(),
  });
  const { delayMs = 0, never, networkError, status = 200, json, text } = next;
  await abortable(
    request.signal,
    new Promise((resolve) => (never ? undefined : setTimeout(resolve, delayMs))),
  );
  if (networkError) throw new TypeError('Failed to fetch');
  const body = json === undefined ? (text ?? null) : JSON.stringify(json);
  const headers: HeadersInit = json === undefined ? {} : { 'Content-Type': 'application/json' };
  return new Response(status === 204 ? null : body, { status, headers });
}

window.fetch = (input, init) => {
  const request = new Request(input, init);
  const path = new URL(request.url).pathname;
  return path in routes ? answer(path, request) : realFetch(input, init);
};

export const mockFetch: Decorator = (story, context) => {
  const own = (context.parameters.mockFetch as MockRoutes | undefined) ?? {};
  routes = { ...routes, ...own };
  for (const path of Object.keys(own)) counts.delete(path);
  return story();
};

/** What one mocked path received. */
export const receivedAt = (path: string) =>
  received.filter((request) => new URL(request.url).pathname === path);
