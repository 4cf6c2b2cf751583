// `hc-widgets validate`: what a content editor sees for good, broken and unreachable catalogues.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { catalogueProblems } from 'nhs-careers-widgets/server';
import { catalogueFile, closedPort, hcWidgets, serve } from './cli.mjs';

const DEFAULT_CATALOGUE = 'data/nhs-careers.json';
/** The shipped catalogue of three roles: small enough to break by hand. */
const INFORMATICS = 'data/health-informatics.json';
const informatics = JSON.parse(await readFile(INFORMATICS, 'utf8'));

/**
 * The informatics catalogue with `change` applied to a copy.
 * @param {(catalogue: any) => unknown} change  any: it breaks the catalogue on purpose
 */
function brokenCopy(change) {
  const copy = structuredClone(informatics);
  change(copy);
  return copy;
}

describe('hc-widgets validate', () => {
  it('passes the default catalogue: "ok: 48 roles", exit 0', async () => {
    const { code, stdout, stderr } = await hcWidgets('validate', DEFAULT_CATALOGUE);
    assert.equal(stdout, 'ok: 48 roles\n');
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  it('passes the informatics catalogue: "ok: 3 roles", exit 0', async () => {
    const { code, stdout } = await hcWidgets('validate', INFORMATICS);
    assert.equal(stdout, 'ok: 3 roles\n');
    assert.equal(code, 0);
  });

  it('reports every problem of a catalogue with several, one line each with its path', async () => {
    const file = await catalogueFile(
      brokenCopy((catalogue) => {
        catalogue.roles[0].skills[1].label = '  ';
        delete catalogue.roles[1].title;
        catalogue.roles[2].url = 'javascript:alert(1)';
        catalogue.roles[2].entryRoutes[0].type = 'university';
        catalogue.roles[2].payBands = ['10'];
      }),
    );
    const { code, stdout } = await hcWidgets('validate', file);
    assert.deepEqual(stdout.trim().split('\n'), [
      'roles[0].skills[1].label: must not be empty.',
      'roles[1].title: is required.',
      'roles[2].url: must be an https: address or a relative address.',
      'roles[2].payBands[0]: must be an Agenda for Change band: 1, 2, 3, 4, 5, 6, 7, 8a, 8b, 8c, 8d, 9.',
      'roles[2].entryRoutes[0].type: must be one of: no-formal-qualifications, gcse, apprenticeship, degree, graduate-scheme, clinical-qualification, experience, other.',
    ]);
    assert.equal(code, 1);
  });

  const broken = [
    {
      what: 'another schema version',
      catalogue: brokenCopy((catalogue) => (catalogue.schemaVersion = 2)),
      line: 'schemaVersion: must be 1.',
    },
    {
      what: 'no roles list',
      catalogue: { schemaVersion: 1, roles: 'none' },
      line: 'roles: must be a list.',
    },
    {
      what: 'a role id repeated',
      catalogue: brokenCopy((catalogue) => catalogue.roles.push(catalogue.roles[0])),
      line: 'roles[3].id: repeats the id "clinical-informatics" already used by roles[0].',
    },
    {
      what: 'a skill id repeated',
      catalogue: brokenCopy((catalogue) =>
        catalogue.roles[1].skills.push({ id: 'analysis', label: 'Analysis again' }),
      ),
      line: 'roles[1].skills[3].id: repeats the id "analysis" already used by roles[1].skills[0].',
    },
    {
      what: 'a role id repeated beside a role with other problems',
      catalogue: brokenCopy((catalogue) => catalogue.roles.push(catalogue.roles[0], 'a role')),
      line: [
        'roles[4]: must be an object.',
        'roles[3].id: repeats the id "clinical-informatics" already used by roles[0].',
      ].join('\n'),
    },
    {
      what: 'a bad role id',
      catalogue: brokenCopy((catalogue) => (catalogue.roles[2].id = 'Health Records')),
      line: 'roles[2].id: must be lower-case letters and digits joined by single hyphens.',
    },
    {
      what: 'a list instead of a catalogue',
      catalogue: informatics.roles,
      line: 'catalogue: must be an object with schemaVersion and roles, not a list.',
    },
    {
      what: 'a number instead of a catalogue',
      catalogue: 3,
      line: 'catalogue: must be an object.',
    },
  ];
  for (const { what, catalogue, line } of broken) {
    it(`reports ${what} at its path, exit 1`, async () => {
      const { code, stdout } = await hcWidgets('validate', await catalogueFile(catalogue));
      assert.equal(stdout, `${line}\n`);
      assert.equal(code, 1);
    });
  }

  it('reads a file saved with a byte-order mark', async () => {
    const file = await catalogueFile(`\uFEFF${JSON.stringify(informatics)}`);
    const { code, stdout } = await hcWidgets('validate', file);
    assert.equal(stdout, 'ok: 3 roles\n');
    assert.equal(code, 0);
  });

  it('says a file is not JSON, on stderr, exit 1', async () => {
    const file = await catalogueFile('{ "schemaVersion": 1, roles: [] }');
    const { code, stdout, stderr } = await hcWidgets('validate', file);
    assert.equal(stdout, '');
    assert.match(stderr, /^hc-widgets: .*catalogue\.json is not valid JSON \(.+\)\.\n$/);
    assert.equal(code, 1);
  });

  it('says a file is missing, on stderr, exit 1', async () => {
    const { code, stdout, stderr } = await hcWidgets('validate', 'no/such/catalogue.json');
    assert.equal(stdout, '');
    assert.equal(stderr, 'hc-widgets: There is no file at no/such/catalogue.json.\n');
    assert.equal(code, 1);
  });

  it('says a URL cannot be reached, on stderr, exit 1', async () => {
    const url = `${await closedPort()}/catalogue.json`;
    const { code, stdout, stderr } = await hcWidgets('validate', url);
    assert.equal(stdout, '');
    assert.match(
      stderr,
      new RegExp(`^hc-widgets: Could not reach ${url} \\(.*ECONNREFUSED.*\\)\\.\\n$`),
    );
    assert.equal(code, 1);
  });

  it('reads a catalogue from a URL, and says when the server answers with an error', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/catalogue.json') {
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify(informatics));
      } else {
        response.statusCode = 404;
        response.end('Not found');
      }
    });
    try {
      const found = await hcWidgets('validate', `${server.origin}/catalogue.json`);
      assert.equal(found.stdout, 'ok: 3 roles\n');
      assert.equal(found.code, 0);
      const missing = await hcWidgets('validate', `${server.origin}/gone.json`);
      assert.equal(
        missing.stderr,
        `hc-widgets: ${server.origin}/gone.json answered HTTP 404, not a catalogue.\n`,
      );
      assert.equal(missing.code, 1);
    } finally {
      await server.close();
    }
  });

  it('gives the same lines in Node, through nhs-careers-widgets/server', () => {
    assert.deepEqual(catalogueProblems(informatics), []);
    const broken = brokenCopy((catalogue) => (catalogue.roles[0].skills[0].id = ''));
    assert.deepEqual(catalogueProblems(broken), ['roles[0].skills[0].id: must not be empty.']);
  });

  it('shows how to use it when the file is left out', async () => {
    const { code, stderr } = await hcWidgets('validate');
    assert.match(stderr, /^hc-widgets: validate takes one file or URL\.\n\nUsage:/);
    assert.equal(code, 1);
  });
});
