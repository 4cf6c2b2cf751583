// The test server's own routes, so that every network fault in the tests is a real HTTP answer
// (or a real dropped connection) rather than a skipped code path.
//
//   /mock/count?url=<path?query>   how many times that URL was requested, as JSON { count },
//                                  and how many of those the browser gave up on ({ aborted })
//   /mock/status/<code>            answers with that status and a short text body
//   /mock/hang                     never answers (until the browser gives up)
//   /mock/reset                    drops the connection without an answer
//   /mock/slow?ms=<n>&file=<path>  serves <path> after <n> milliseconds
//   /mock/json?body=<text>         answers 200 with <text> as application/json
//   /mock/flaky?fail=<n>&file=<path>  answers 500 to the first <n> requests, then serves <path>
//   POST /mock/feedback?key=<k>[&fail=<n>][&status=<code>][&message=<text>][&delay=<ms>]
//                                  records the request (headers and raw body) under <k>, then
//                                  answers 500 to the first <n>, else <code> (default 201), with
//                                  { "message": <text> } as the body when given
//                                  ([&reset=<n>] drops the connection of request number <n>)
//   /mock/feedback-log?key=<k>     what was recorded under <k>, as JSON
//   /mock/big?roles=<n>            a valid catalogue of <n> roles (5 MB is about 9,000)
//
//   /mock/other-version/hc-widgets.js  the built CDN bundle, claiming to be version 0.0.9
//   /mock/rendered/<widget>/<lang>  a page holding `hc-widgets render --widget <widget>` for the
//                                  clinical coder at heading level 3, which notes its
//                                  server-rendered nodes and errors, then loads the CDN bundle
//   POST /api/feedback             the example pages' endpoint: recorded under the key "api"
//   /test/e2e/pages/csp.html       served with a strict Content-Security-Policy
//
// Any request under /src/ for data/nhs-careers.json gets the repository's default catalogue,
// which is where the source modules look for it (beside themselves).

import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const CATALOGUE = '/data/nhs-careers.json';
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * Runs before the bundle (a classic script runs during parsing; the module after): keeps every
 * node of the server-rendered shadow roots (with its host), to check after hydration that they are all still
 * there, and every error and console error the page meets.
 */
const MARK_SERVER_NODES = `<script>
  window.serverNodes = new Map();
  window.problems = [];
  addEventListener('error', (event) => window.problems.push(String(event.message)));
  const consoleError = console.error;
  console.error = (...args) => (window.problems.push(args.join(' ')), consoleError(...args));
  for (const host of document.querySelectorAll('main > * , main > * > *')) {
    if (!host.shadowRoot) continue;
    const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) window.serverNodes.set(walker.currentNode, host);
  }
</script>`;

/** @type {Map<string, Promise<string>>} */
const rendered = new Map();

/**
 * `hc-widgets render` (the built command) for one widget of the clinical coder.
 * @param {string} widget
 * @param {string} lang
 */
function renderedPage(widget, lang) {
  const key = `${widget} ${lang}`;
  if (!rendered.has(key)) {
    const args = ['bin/hc-widgets.js', 'render', '--widget', widget, '--role', 'clinical-coder'];
    args.push('--lang', lang, '--heading-level', '3');
    if (widget === 'role-finder') args.push('--href-template', '/careers/{id}');
    // The finder keeps every role it was rendered with (once its script runs, the default
    // limit of 10 would cut the rest).
    const finderKeepsAll = (/** @type {string} */ html) =>
      html.replace(/<hc-role-finder /, '$&limit="100" ');
    const page = promisify(execFile)(process.execPath, args).then(
      ({ stdout }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Server-rendered ${widget}</title></head>
<body><main>
${finderKeepsAll(stdout)}
</main>
${MARK_SERVER_NODES}
<script type="module" src="/dist/cdn/hc-widgets.js"></script>
</body></html>`,
    );
    rendered.set(key, page);
  }
  return rendered.get(key);
}

/**
 * @typedef {NonNullable<import('@web/test-runner').TestRunnerConfig['middleware']>[number]} Middleware
 * @typedef {Parameters<Middleware>[0]} Context
 * @typedef {Parameters<Middleware>[1]} Next
 */

/** @returns {Middleware[]} */
export function testServerMiddleware() {
  /** @type {Map<string, number>} */
  const requests = new Map();
  /** @type {Map<string, number>} */
  const aborted = new Map();
  /** @type {Map<string, { method: string, contentType: string, idempotencyKey: string, body: string }[]>} */
  const feedback = new Map();

  /** @param {Context} ctx @param {Next} next */
  const count = async (ctx, next) => {
    if (!ctx.path.startsWith('/mock/count')) {
      requests.set(ctx.url, (requests.get(ctx.url) ?? 0) + 1);
    }
    await next();
  };

  /** @param {Context} ctx @param {Next} next */
  const defaultCatalogue = async (ctx, next) => {
    if (ctx.path.startsWith('/src/') && ctx.path.endsWith(CATALOGUE)) ctx.url = CATALOGUE;
    await next();
  };

  /** @param {Context} ctx @param {Next} next */
  const pages = async (ctx, next) => {
    await next();
    if (ctx.path === '/test/e2e/pages/csp.html') ctx.set('Content-Security-Policy', STRICT_CSP);
  };

  /** @param {Context} ctx @param {Next} next */
  const routes = async (ctx, next) => {
    if (ctx.path === '/api/feedback' && ctx.method === 'POST') {
      ctx.url = '/mock/feedback?key=api';
    }
    const [, mock, route, arg] = ctx.path.split('/');
    if (mock !== 'mock') return next();
    switch (route) {
      case 'count':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({
          count: requests.get(String(ctx.query.url)) ?? 0,
          aborted: aborted.get(String(ctx.query.url)) ?? 0,
        });
        return;
      case 'status':
        ctx.status = Number(arg);
        ctx.type = 'text/plain';
        ctx.body = `status ${arg}`;
        return;
      case 'hang':
        await /** @type {Promise<void>} */ (
          new Promise((resolve) => {
            ctx.req.once('close', () => {
              aborted.set(ctx.url, (aborted.get(ctx.url) ?? 0) + 1);
              resolve();
            });
            setTimeout(resolve, 60_000).unref();
          })
        );
        ctx.status = 204;
        return;
      case 'reset':
        ctx.req.socket.destroy();
        ctx.respond = false;
        return;
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms)));
        ctx.url = String(ctx.query.file);
        return routes(ctx, next);
      case 'flaky':
        // `count` above has counted this URL already.
        if (Number(requests.get(ctx.url)) <= Number(ctx.query.fail)) {
          ctx.status = 500;
          ctx.body = 'flaky';
          return;
        }
        ctx.url = String(ctx.query.file);
        return routes(ctx, next);
      case 'feedback': {
        const key = String(ctx.query.key);
        const log = feedback.get(key) ?? [];
        feedback.set(key, log);
        const record = {
          method: ctx.method,
          contentType: ctx.get('content-type'),
          idempotencyKey: ctx.get('idempotency-key'),
          body: '',
        };
        log.push(record);
        if (ctx.query.reset && log.length === Number(ctx.query.reset)) {
          // Dropped before anything is read or answered, as a lost connection does.
          ctx.req.socket.destroy();
          ctx.respond = false;
          return;
        }
        const chunks = [];
        for await (const chunk of ctx.req) chunks.push(chunk);
        record.body = Buffer.concat(chunks).toString('utf8');
        if (ctx.query.delay) await new Promise((r) => setTimeout(r, Number(ctx.query.delay)));
        // A fresh connection for every request: Chrome quietly retries a request whose reused
        // keep-alive connection drops, which would hide the reset this route is asked for.
        ctx.set('Connection', 'close');
        const failing = log.length <= Number(ctx.query.fail ?? 0);
        ctx.status = failing ? 500 : Number(ctx.query.status ?? 201);
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(
          ctx.query.message && !failing ? { message: String(ctx.query.message) } : { ok: !failing },
        );
        return;
      }
      case 'big': {
        const roles = Array.from({ length: Number(ctx.query.roles) }, (_, index) => ({
          id: `role-${index}`,
          title: `Role number ${index}`,
          family: 'Health informatics',
          summary: 'A made-up role for a large catalogue. '.repeat(8),
          payBands: ['4', '5'],
          entryRoutes: [{ type: 'degree', title: 'Degree', description: 'Any degree.' }],
          skills: [{ id: 'communication', label: 'Communication' }],
        }));
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ schemaVersion: 1, roles });
        return;
      }
      case 'feedback-log':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(feedback.get(String(ctx.query.key)) ?? []);
        return;
      case 'other-version': {
        const bundle = await readFile('dist/cdn/hc-widgets.js', 'utf8');
        ctx.type = 'text/javascript';
        ctx.body = bundle.replaceAll('0.1.0', '0.0.9');
        return;
      }
      case 'rendered':
        ctx.type = 'text/html; charset=utf-8';
        ctx.body = await renderedPage(arg ?? '', ctx.path.split('/')[4] ?? 'en');
        return;
      case 'json':
        ctx.type = 'application/json';
        ctx.body = String(ctx.query.body ?? '');
        return;
      default:
        return next();
    }
  };

  return [count, pages, defaultCatalogue, routes];
}
