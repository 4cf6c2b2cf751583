// Problems that belong to the file formats: CSV text that is not CSV and rows counted across
// blank lines and cells with new lines; workbooks as spreadsheet programs save them, with
// numbers, dates, rich text, formulas and links where text belongs, empty rows, extra columns.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { readCsvFiles, readWorkbook, writeCsvFiles } from '../../dist/spreadsheet/index.js';
import { openWorkbook, sentences, workbookBytes } from './spreadsheets.mjs';

/**
 * Three roles: see spreadsheet-import.test.mjs for where their rows are.
 * @type {import('../../src/data/schema.js').Catalogue}
 */
const informatics = JSON.parse(await readFile('data/health-informatics.json', 'utf8'));

describe('CSV files with mistakes', () => {
  const files = writeCsvFiles(informatics);

  it('reports a quote left open, at the row where it opens', () => {
    const skills = files['skills.csv']?.replace(
      'clinical-coder,teamwork,',
      'clinical-coder,"teamwork,',
    );
    assert.deepEqual(sentences(readCsvFiles({ ...files, 'skills.csv': skills ?? '' })), [
      'skills.csv, row 9: a cell opens a quote (") that is never closed',
    ]);
  });

  it("reports other text that is not CSV with the reader's own words", () => {
    const roles = files['roles.csv']?.replace(',Clinical coder,', ',"Clinical" coder,');
    const [line, ...rest] = sentences(readCsvFiles({ ...files, 'roles.csv': roles ?? '' }));
    assert.match(
      line ?? '',
      /^roles\.csv, row 3: this is not CSV that can be read \(Invalid Closing Quote: .+\)$/,
    );
    assert.deepEqual(rest, []);
  });

  it('counts blank lines and cells with new lines as a spreadsheet counts rows', () => {
    const skills = files['skills.csv']
      ?.replace(
        'clinical-informatics,organisation,Organisation,',
        'clinical-informatics,organisation,Organisation,"Two\nlines"\n',
      )
      .replace('health-records-clerk,it,IT skills,', 'health-records-clerk,it,,');
    assert.deepEqual(sentences(readCsvFiles({ ...files, 'skills.csv': skills ?? '' })), [
      'skills.csv, row 13, label: this cell is empty',
    ]);
  });

  it('reports files that are not there, and looks at no others', () => {
    const rest = Object.fromEntries(
      Object.entries(files).filter(([name]) => name !== 'qualities.csv' && name !== 'roles.csv'),
    );
    assert.deepEqual(sentences(readCsvFiles({ ...rest, 'notes.csv': 'anything' })), [
      'roles.csv: there is no file of this name',
      'qualities.csv: there is no file of this name',
    ]);
  });
});

describe('CSV cells a spreadsheet would run as formulas', () => {
  /** Qualities an editor might type, each beginning as a formula or a text marker would. */
  const typed = [
    '=HYPERLINK("https://example.org","Apply")',
    '+44 is the code for calls from abroad',
    '- a list item',
    '@ home or on a ward',
    '\tindented',
    "'quoted' on purpose",
    "'=already marked",
    'Calm = kind',
  ];
  /** The first role with those qualities. @type {typeof informatics} */
  const catalogue = {
    ...informatics,
    roles: informatics.roles.map((role, index) => (index ? role : { ...role, qualities: typed })),
  };

  it('writes each after an apostrophe, which spreadsheets show as text, not run', () => {
    const qualities = (writeCsvFiles(catalogue)['qualities.csv'] ?? '').split('\n');
    const cells = qualities.filter((line) => line.startsWith('clinical-informatics,'));
    assert.deepEqual(cells, [
      'clinical-informatics,"\'=HYPERLINK(""https://example.org"",""Apply"")"',
      "clinical-informatics,'+44 is the code for calls from abroad",
      "clinical-informatics,'- a list item",
      "clinical-informatics,'@ home or on a ward",
      "clinical-informatics,'\tindented",
      "clinical-informatics,''quoted' on purpose",
      "clinical-informatics,''=already marked",
      'clinical-informatics,Calm = kind',
    ]);
  });

  it('reads them back as they were typed', () => {
    assert.deepEqual(readCsvFiles(writeCsvFiles(catalogue)), { ok: true, catalogue });
  });

  it('reads a file a spreadsheet saved, with no apostrophes, as its text', () => {
    const files = writeCsvFiles(informatics);
    const saved = files['qualities.csv']?.replace(
      'clinical-informatics,Enthusiasm',
      "clinical-informatics,=SUM(1;2)\nclinical-informatics,'note",
    );
    const result = readCsvFiles({ ...files, 'qualities.csv': saved ?? '' });
    assert.equal(result.ok, true);
    const qualities = result.ok ? result.catalogue.roles[0]?.qualities : [];
    assert.deepEqual(qualities?.slice(2, 4), ['=SUM(1;2)', "'note"]);
  });
});

describe('workbooks as spreadsheet programs save them', () => {
  it('reads numbers, dates, rich text, formulas and links where text belongs as the text shown, and skips empty rows', async () => {
    const workbook = await openWorkbook(informatics);
    const roles = workbook.getWorksheet('Roles');
    const skills = workbook.getWorksheet('Skills');
    const routes = workbook.getWorksheet('Entry routes');
    assert.ok(roles && skills && routes);
    roles.getCell('B2').value = 2026;
    roles.getCell('G2').value = new Date(Date.UTC(2026, 10, 30));
    roles.getCell('F3').value = 3;
    roles.getCell('C4').value = {
      richText: [{ font: { bold: true }, text: 'Health ' }, { text: 'records' }],
    };
    roles.getCell('E4').value = { text: 'the page', hyperlink: 'https://example.org/records' };
    skills.getCell('D2').value = { formula: 'C2&" skills"', result: 'Communication skills' };
    skills.getCell('D3').value = true;
    skills.getCell('D4').value = { formula: 'NA()', result: { error: '#N/A' } };
    // A formula saved with no result yet (as programs write them) shows nothing.
    skills.getCell('D5').value = { formula: 'C5', result: undefined };
    // Shared formulas, as programs save a formula filled down a column; exceljs's types allow
    // numbers only as their results.
    skills.fillFormula('D7:D9', 'C7', /** @type {any} */ (['Analysing', 'Detail', 'Teamwork']));
    routes.spliceRows(4, 0, [], []);
    // Sheets are found whatever the case of their names and spaces around them.
    routes.name = 'entry Routes ';
    const result = await readWorkbook(await workbookBytes(workbook));
    assert.ok(result.ok, sentences(result).join('\n'));
    const [informaticsRole, coder, clerk] = result.catalogue.roles;
    assert.equal(informaticsRole?.title, '2026');
    assert.equal(informaticsRole?.updated, '2026-11-30');
    assert.deepEqual(coder?.payBands, ['3']);
    assert.equal(clerk?.family, 'Health records');
    assert.equal(clerk?.url, 'the page');
    assert.deepEqual(
      informaticsRole?.skills.slice(0, 4).map((skill) => skill.description),
      ['Communication skills', 'TRUE', '#N/A', undefined],
    );
    assert.deepEqual(
      coder?.skills.map((skill) => skill.description),
      ['Analysing', 'Detail', 'Teamwork'],
    );
    assert.deepEqual(
      result.catalogue.roles.map((role) => role.entryRoutes.length),
      [4, 3, 2],
    );
  });

  it('says a date with a time is not a date, and names rows after empty ones as shown', async () => {
    const workbook = await openWorkbook(informatics);
    const roles = workbook.getWorksheet('Roles');
    assert.ok(roles);
    roles.spliceRows(3, 0, []);
    roles.getCell('G5').value = new Date(Date.UTC(2026, 10, 30, 9, 5));
    assert.deepEqual(sentences(await readWorkbook(await workbookBytes(workbook))), [
      'Roles, row 5, updated: "2026-11-30 09:05" must be a date written YYYY-MM-DD',
    ]);
  });

  it('reports an extra column, and a sheet renamed, by their names', async () => {
    const workbook = await openWorkbook(informatics);
    const qualities = workbook.getWorksheet('Qualities');
    assert.ok(qualities);
    qualities.getCell('C1').value = 'Notes';
    qualities.getCell('C2').value = 'Check with the team';
    const skills = workbook.getWorksheet('Skills');
    assert.ok(skills);
    skills.name = 'Skills (draft)';
    assert.deepEqual(sentences(await readWorkbook(await workbookBytes(workbook))), [
      'Skills: there is no sheet of this name',
      'Qualities, row 1, Notes: there is no such column; the columns are roleId, text',
    ]);
  });
});
