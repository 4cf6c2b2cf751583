// Export then import gives back the same catalogue: through a workbook and through CSV files,
// for the default catalogue, a fixture with every field, and generated catalogues; and what
// the files look like to an editor who opens them.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  readCsvFiles,
  readWorkbook,
  writeCsvFiles,
  writeWorkbook,
} from '../../dist/spreadsheet/index.js';
import { hcWidgets, serve } from './cli.mjs';
import { arbitraryCatalogue, openWorkbook, tempFolder } from './spreadsheets.mjs';

/** @typedef {import('../../src/data/schema.js').Catalogue} Catalogue */

/** @param {string} path @returns {Promise<Catalogue>} */
const readJson = async (path) => JSON.parse(await readFile(path, 'utf8'));
const DEFAULT_CATALOGUE = 'data/nhs-careers.json';
const EVERY_FIELD = 'test/fixtures/every-field-catalogue.json';
const defaultCatalogue = await readJson(DEFAULT_CATALOGUE);
const everyField = await readJson(EVERY_FIELD);

/** How many generated catalogues each property tries. */
const RUNS = 100;

describe('spreadsheet round trip', () => {
  /** @type {[string, Catalogue][]} */
  const fixed = [
    ['the default catalogue', defaultCatalogue],
    ['a catalogue with every field, Welsh text, commas, quotes and new lines', everyField],
  ];
  for (const [name, catalogue] of fixed) {
    it(`gives back ${name} through a workbook`, async () => {
      assert.deepEqual(await readWorkbook(await writeWorkbook(catalogue)), { ok: true, catalogue });
    });

    it(`gives back ${name} through CSV files`, () => {
      assert.deepEqual(readCsvFiles(writeCsvFiles(catalogue)), { ok: true, catalogue });
    });
  }

  it('gives back generated catalogues through a workbook and through CSV files', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryCatalogue, async (catalogue) => {
        assert.deepEqual(await readWorkbook(await writeWorkbook(catalogue)), {
          ok: true,
          catalogue,
        });
        assert.deepEqual(readCsvFiles(writeCsvFiles(catalogue)), { ok: true, catalogue });
      }),
      { numRuns: RUNS },
    );
  });

  it('writes a workbook an editor can read: five sheets, a bold frozen header, fitting widths', async () => {
    const workbook = await openWorkbook(everyField);
    assert.deepEqual(
      workbook.worksheets.map(({ name }) => name),
      ['Catalogue', 'Roles', 'Entry routes', 'Skills', 'Qualities'],
    );
    const roles = workbook.getWorksheet('Roles');
    assert.ok(roles);
    const header = Array.from({ length: roles.getRow(1).cellCount }, (_, index) =>
      roles.getCell(1, index + 1),
    );
    assert.deepEqual(
      header.map(({ value }) => value),
      ['id', 'title', 'family', 'summary', 'url', 'payBands', 'updated'],
    );
    assert.ok(header.every(({ font }) => font?.bold));
    const [view] = /** @type {import('exceljs').WorksheetViewFrozen[]} */ (roles.views);
    assert.deepEqual([view?.state, view?.ySplit, view?.topLeftCell], ['frozen', 1, 'A2']);
    assert.equal(roles.getCell('F2').value, '5, 6, 8a, 8d, 9');
    assert.equal(roles.getCell('G2').value, '2026-11-30');
    // Cells left empty are empty, not empty text.
    assert.equal(roles.getCell('C3').value, null);
    // Each column as wide as its longest line, from 10 to 60 characters; long text wraps.
    const widths = [1, 2, 4, 6].map((column) => roles.getColumn(column).width);
    assert.deepEqual(
      widths,
      ['nyrs-oedolion', 'Nyrs oedolion', 'x'.repeat(58), '5, 6, 8a, 8d, 9'].map(
        (longest) => longest.length + 2,
      ),
    );
    assert.equal(roles.getColumn(4).alignment?.wrapText, true);
    assert.equal(roles.getColumn(1).alignment?.wrapText, undefined);
  });

  it("writes child rows in their roles' order, each naming its role", async () => {
    const skills = (await openWorkbook(defaultCatalogue)).getWorksheet('Skills');
    assert.ok(skills);
    const expected = defaultCatalogue.roles.flatMap((role) =>
      role.skills.map((skill) => [role.id, skill.id]),
    );
    const rows = [];
    for (let number = 2; number <= skills.rowCount; number += 1) {
      rows.push([skills.getCell(number, 1).value, skills.getCell(number, 2).value]);
    }
    assert.deepEqual(rows, expected);
  });

  it('writes CSV files with a byte-order mark, a header row, and quotes where cells need them', () => {
    const files = writeCsvFiles(everyField);
    assert.deepEqual(Object.keys(files), [
      'catalogue.csv',
      'roles.csv',
      'entry-routes.csv',
      'skills.csv',
      'qualities.csv',
    ]);
    assert.equal(files['catalogue.csv'], '\uFEFFschemaVersion,lang\n1,cy\n');
    assert.equal(
      files['qualities.csv'],
      '\uFEFFroleId,text\nnyrs-oedolion,Caredig\nnyrs-oedolion,"Amyneddgar, ""tawel""\nmewn argyfwng"\ndata-analyst,Curious\n',
    );
  });

  it('hc-widgets export then import gives back the catalogue file, as a workbook and as CSV', async () => {
    const folder = await tempFolder();
    for (const out of [join(folder, 'roles.xlsx'), join(folder, 'csv')]) {
      const exported = await hcWidgets('export', DEFAULT_CATALOGUE, '--out', out);
      assert.equal(exported.stdout, `ok: 48 roles, written to ${out}\n`);
      assert.equal(exported.stderr, '');
      assert.equal(exported.code, 0);
      const back = join(folder, 'back.json');
      const imported = await hcWidgets('import', out, '--out', back);
      assert.equal(imported.stdout, `ok: 48 roles, written to ${back}\n`);
      assert.equal(imported.code, 0);
      assert.deepEqual(await readJson(back), defaultCatalogue);
      // Written as JSON.stringify indents it, fields in the schema's order.
      assert.equal(await readFile(back, 'utf8'), `${JSON.stringify(defaultCatalogue, null, 2)}\n`);
    }
    assert.deepEqual((await readdir(join(folder, 'csv'))).sort(), [
      'catalogue.csv',
      'entry-routes.csv',
      'qualities.csv',
      'roles.csv',
      'skills.csv',
    ]);
  });

  it('hc-widgets export reads a catalogue from a URL', async () => {
    const server = await serve((_request, response) => response.end(JSON.stringify(everyField)));
    try {
      const out = join(await tempFolder(), 'roles.xlsx');
      const { code, stdout } = await hcWidgets('export', `${server.origin}/c.json`, '--out', out);
      assert.equal(stdout, `ok: 3 roles, written to ${out}\n`);
      assert.equal(code, 0);
      assert.deepEqual(await readWorkbook(await readFile(out)), {
        ok: true,
        catalogue: everyField,
      });
    } finally {
      await server.close();
    }
  });
});
