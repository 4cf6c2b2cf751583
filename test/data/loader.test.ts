import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { loadCatalogue, type LoadResult } from '../../src/data/loader.js';
import {
  catalogueWithDuplicateIds,
  catalogueWithScriptUrl,
  validCatalogue,
} from '../fixtures/catalogues.js';
import { jsonUrl, mockUrl, requestCount, serverSaw } from '../fixtures/requests.js';

const problemOf = (result: LoadResult) => {
  if (result.status !== 'error') throw new Error(`expected an error, got ${result.status}`);
  return result.problem;
};

describe('loader', () => {
  it('loads and checks a catalogue over HTTP, with the absolute URL as src', async () => {
    const url = jsonUrl(validCatalogue);
    const result = await loadCatalogue(url);
    expect(result.status).to.equal('ready');
    if (result.status !== 'ready') return;
    expect(result.src).to.equal(new URL(url, location.href).href);
    expect(result.catalogue.role('porter')).to.deep.include({ ok: true });
  });

  it('classifies a missing file (404) as http, with the status', async () => {
    const problem = problemOf(await loadCatalogue(mockUrl('/test/fixtures/nothing-here.json')));
    expect(problem).to.include({ reason: 'http', status: 404, path: null });
    expect(problem.message).to.include('404');
  });

  it('classifies a server error (500) as http', async () => {
    const problem = problemOf(await loadCatalogue(mockUrl('/mock/status/500')));
    expect(problem).to.include({ reason: 'http', status: 500 });
  });

  it('classifies a body that is not JSON as parse', async () => {
    const problem = problemOf(await loadCatalogue(jsonUrl('{"schemaVersion": 1, "roles": [')));
    expect(problem.reason).to.equal('parse');
    expect(problem.message).to.match(/not valid JSON/);
  });

  it('classifies a wrong top level as invalid, naming the field', async () => {
    const problem = problemOf(await loadCatalogue(jsonUrl({ schemaVersion: 3, roles: [] })));
    expect(problem).to.include({ reason: 'invalid', path: 'schemaVersion' });
  });

  it('classifies duplicate role ids as invalid for the whole catalogue', async () => {
    const problem = problemOf(await loadCatalogue(jsonUrl(catalogueWithDuplicateIds)));
    expect(problem).to.include({ reason: 'invalid', path: 'roles[2].id' });
  });

  it('loads a catalogue with a javascript: URL, but its role is invalid at that field', async () => {
    const result = await loadCatalogue(jsonUrl(catalogueWithScriptUrl));
    if (result.status !== 'ready') throw new Error('top level should pass');
    const lookup = result.catalogue.role('data-analyst');
    expect(lookup.ok).to.be.false;
    if (!lookup.ok) expect(lookup.problem).to.include({ reason: 'invalid', path: 'roles[0].url' });
  });

  it('gives up after timeoutMs on a response that never comes (timeout)', async () => {
    const url = mockUrl('/mock/hang');
    const started = performance.now();
    const problem = problemOf(await loadCatalogue(url, { timeoutMs: 300 }));
    expect(problem.reason).to.equal('timeout');
    expect(performance.now() - started).to.be.within(250, 5000);
    await waitUntil(async () => (await serverSaw(url)).aborted === 1, 'server saw the abort');
  });

  it('classifies a dropped connection as network', async () => {
    const problem = problemOf(await loadCatalogue(mockUrl('/mock/reset')));
    expect(problem.reason).to.equal('network');
  });

  it('classifies a URL the browser cannot fetch as network, without throwing', async () => {
    const problem = problemOf(await loadCatalogue('http://[not-a-host'));
    expect(problem.reason).to.equal('network');
    // Also with a signal already aborted: the answer is there at once, and it is the fault.
    const aborted = await loadCatalogue('http://[not-a-host', { signal: AbortSignal.abort() });
    expect(problemOf(aborted).reason).to.equal('network');
  });

  it('makes one request for ten callers of one URL, written relative or absolute', async () => {
    const url = jsonUrl(validCatalogue);
    const absolute = new URL(url, location.href).href;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => loadCatalogue(i % 2 ? url : absolute)),
    );
    expect(results.every((r) => r.status === 'ready')).to.be.true;
    expect(new Set(results.map((r) => (r.status === 'ready' ? r.catalogue : null))).size).to.equal(
      1,
    );
    expect(await requestCount(url)).to.equal(1);
  });

  it('keeps a successful load: asking again later makes no request', async () => {
    const url = jsonUrl(validCatalogue);
    await loadCatalogue(url);
    await loadCatalogue(url);
    expect(await requestCount(url)).to.equal(1);
  });

  it('does not keep a failure: asking again makes a new request', async () => {
    const url = mockUrl('/mock/status/503');
    expect(problemOf(await loadCatalogue(url)).reason).to.equal('http');
    expect(problemOf(await loadCatalogue(url)).reason).to.equal('http');
    expect(await requestCount(url)).to.equal(2);
  });

  it('bypasses the cache on reload', async () => {
    const url = jsonUrl(validCatalogue);
    const first = await loadCatalogue(url);
    const second = await loadCatalogue(url, { reload: true });
    expect(second.status).to.equal('ready');
    expect(second).not.to.equal(first);
    expect(await requestCount(url)).to.equal(2);
  });

  it('keeps a shared request going while any caller still waits', async () => {
    const url = mockUrl(`/mock/slow?ms=300&file=${encodeURIComponent(jsonUrl(validCatalogue))}`);
    const leaving = new AbortController();
    const first = loadCatalogue(url, { signal: leaving.signal });
    const second = loadCatalogue(url);
    leaving.abort();
    expect((await first).status).to.equal('aborted');
    expect((await second).status).to.equal('ready');
    expect(await requestCount(url)).to.equal(1);
  });

  it('aborts a shared request when its last caller leaves, and starts afresh after', async () => {
    const url = mockUrl('/mock/hang');
    const callers = [new AbortController(), new AbortController()];
    const waits = callers.map((c) => loadCatalogue(url, { signal: c.signal, timeoutMs: 30000 }));
    await aTimeout(50);
    callers[0]!.abort();
    await aTimeout(100);
    expect((await serverSaw(url)).aborted, 'one caller still waits').to.equal(0);
    callers[1]!.abort();
    expect((await Promise.all(waits)).map((r) => r.status)).to.deep.equal(['aborted', 'aborted']);
    await waitUntil(async () => (await serverSaw(url)).aborted === 1, 'server saw the abort');
    const again = new AbortController();
    void loadCatalogue(url, { signal: again.signal });
    await waitUntil(async () => (await requestCount(url)) === 2, 'a new request');
    again.abort();
  });

  it('answers aborted at once for a signal that is already aborted, without a request', async () => {
    const url = jsonUrl(validCatalogue);
    const result = await loadCatalogue(url, { signal: AbortSignal.abort() });
    expect(result.status).to.equal('aborted');
    expect(await requestCount(url)).to.equal(0);
  });
});
