// What an editor sees when a spreadsheet comes back with mistakes: each problem by sheet (or
// CSV file), row as the spreadsheet numbers it, and column, in plain words.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import {
  readCsvFiles,
  readWorkbook,
  tablesToCatalogue,
  writeCsvFiles,
} from '../../dist/spreadsheet/index.js';
import { openWorkbook, sentences, setCell, tablesOf, workbookBytes } from './spreadsheets.mjs';

/** @typedef {import('./spreadsheets.mjs').EditableTables} EditableTables */

/**
 * Three roles. Roles rows 2 to 4: clinical-informatics, clinical-coder, health-records-clerk;
 * Entry routes rows 2-5, 6-8 and 9-10; Skills rows 2-6, 7-9 and 10-12; Qualities rows 2-8.
 * @type {import('../../src/data/schema.js').Catalogue}
 */
const informatics = JSON.parse(await readFile('data/health-informatics.json', 'utf8'));
const BANDS = '1, 2, 3, 4, 5, 6, 7, 8a, 8b, 8c, 8d, 9';

/**
 * The sentences for the informatics tables after `edit`.
 * @param {(tables: EditableTables) => void} edit
 * @param {'sheets' | 'files'} [naming]
 */
function problemsAfter(edit, naming) {
  const tables = tablesOf(informatics);
  edit(tables);
  return sentences(tablesToCatalogue(tables, naming));
}

describe('spreadsheet import problems', () => {
  const cellProblems = [
    {
      what: 'an empty cell the schema needs',
      edit: (/** @type {EditableTables} */ t) => setCell(t.skills, 12, 'label', ''),
      lines: ['Skills, row 12, label: this cell is empty'],
    },
    {
      what: 'a cell of spaces only',
      edit: (/** @type {EditableTables} */ t) => setCell(t.roles, 3, 'title', '   '),
      lines: ['Roles, row 3, title: this cell is empty'],
    },
    {
      what: 'a pay band that is not one',
      edit: (/** @type {EditableTables} */ t) => setCell(t.roles, 3, 'payBands', '3, 4,10'),
      lines: [`Roles, row 3, payBands: "10" must be an Agenda for Change band: ${BANDS}`],
    },
    {
      what: 'an entry route type that is not one',
      edit: (/** @type {EditableTables} */ t) => setCell(t.entryRoutes, 4, 'type', 'university'),
      lines: [
        'Entry routes, row 4, type: "university" must be one of: no-formal-qualifications, gcse, apprenticeship, degree, graduate-scheme, clinical-qualification, experience, other',
      ],
    },
    {
      what: 'an address that is not https: or relative',
      edit: (/** @type {EditableTables} */ t) => setCell(t.roles, 2, 'url', 'javascript:alert(1)'),
      lines: [
        'Roles, row 2, url: "javascript:alert(1)" must be an https: address or a relative address',
      ],
    },
    {
      what: 'a date written another way, a bad role id and a long bad address, shortened',
      edit: (/** @type {EditableTables} */ t) => {
        setCell(t.roles, 4, 'updated', '30/11/2026');
        setCell(t.roles, 4, 'id', 'Health Records');
        setCell(t.entryRoutes, 9, 'url', `http://example.org/${'x'.repeat(40)}`);
      },
      lines: [
        'Roles, row 4, id: "Health Records" must be lower-case letters and digits joined by single hyphens',
        'Roles, row 4, updated: "30/11/2026" must be a date written YYYY-MM-DD',
        'Entry routes, row 9, roleId: there is no role "health-records-clerk" in Roles',
        'Entry routes, row 10, roleId: there is no role "health-records-clerk" in Roles',
        'Skills, row 10, roleId: there is no role "health-records-clerk" in Roles',
        'Skills, row 11, roleId: there is no role "health-records-clerk" in Roles',
        'Skills, row 12, roleId: there is no role "health-records-clerk" in Roles',
      ],
    },
    {
      what: 'a role id in a child table that Roles does not have, and an empty one',
      edit: (/** @type {EditableTables} */ t) => {
        setCell(t.skills, 7, 'roleId', 'clinical-coders');
        setCell(t.qualities, 3, 'roleId', '');
      },
      lines: [
        'Skills, row 7, roleId: there is no role "clinical-coders" in Roles',
        'Qualities, row 3, roleId: this cell is empty',
      ],
    },
    {
      what: 'a role id used twice',
      edit: (/** @type {EditableTables} */ t) => setCell(t.roles, 4, 'id', 'clinical-coder'),
      // The third role's rows name an id that Roles now has no more.
      lines: [
        'Roles, row 4, id: "clinical-coder" is already the id of row 3',
        'Entry routes, row 9, roleId: there is no role "health-records-clerk" in Roles',
        'Entry routes, row 10, roleId: there is no role "health-records-clerk" in Roles',
        'Skills, row 10, roleId: there is no role "health-records-clerk" in Roles',
        'Skills, row 11, roleId: there is no role "health-records-clerk" in Roles',
        'Skills, row 12, roleId: there is no role "health-records-clerk" in Roles',
      ],
    },
    {
      what: 'a skill id used twice within a role (but not across roles)',
      edit: (/** @type {EditableTables} */ t) => setCell(t.skills, 9, 'id', 'analysis'),
      lines: ['Skills, row 9, id: "analysis" is already the id of row 7'],
    },
    {
      what: 'another schema version and a language that is not a tag',
      edit: (/** @type {EditableTables} */ t) => {
        setCell(t.catalogue, 2, 'schemaVersion', '2');
        setCell(t.catalogue, 2, 'lang', 'Welsh!');
      },
      lines: [
        'Catalogue, row 2, schemaVersion: "2" must be 1',
        'Catalogue, row 2, lang: "Welsh!" must be a language tag such as en or cy',
      ],
    },
    {
      what: 'a schema version that is not a number',
      edit: (/** @type {EditableTables} */ t) => setCell(t.catalogue, 2, 'schemaVersion', 'one'),
      lines: ['Catalogue, row 2, schemaVersion: "one" must be 1'],
    },
    {
      what: 'a second catalogue row',
      edit: (/** @type {EditableTables} */ t) => {
        t.catalogue.rows.push({ number: 4, cells: ['1', 'cy'] });
      },
      lines: ['Catalogue, row 4: the catalogue is one row, row 2; this one is more'],
    },
    {
      what: 'no catalogue row',
      edit: (/** @type {EditableTables} */ t) => {
        t.catalogue.rows.length = 0;
      },
      lines: ['Catalogue, row 2, schemaVersion: this cell is empty'],
    },
  ];
  for (const { what, edit, lines } of cellProblems) {
    it(`reports ${what} at its cell`, () => {
      assert.deepEqual(problemsAfter(edit), lines);
    });
  }

  const headerProblems = [
    {
      what: 'an unknown column',
      edit: (/** @type {EditableTables} */ t) => {
        t.skills.header.push('notes');
        t.skills.rows[0]?.cells.push('ask Sam');
      },
      lines: [
        'Skills, row 1, notes: there is no such column; the columns are roleId, id, label, description',
      ],
    },
    {
      what: 'a column missing, one named twice, and text under no name',
      edit: (/** @type {EditableTables} */ t) => {
        t.entryRoutes.header[1] = 'title';
        t.roles.header.push('', '');
        t.roles.rows[2]?.cells.push('', 'stray');
      },
      lines: [
        'Roles, row 1: column I holds text but has no name',
        'Entry routes, row 1, type: this column is missing',
        'Entry routes, row 1, title: this column comes twice',
      ],
    },
    {
      what: 'a missing table',
      edit: (/** @type {EditableTables} */ t) => {
        // @ts-expect-error -- a table that is not there
        delete t.qualities;
      },
      lines: ['Qualities: there is no sheet of this name'],
    },
  ];
  for (const { what, edit, lines } of headerProblems) {
    it(`reports ${what} in the header row, before any cell's problem`, () => {
      assert.deepEqual(
        problemsAfter((tables) => {
          edit(tables);
          setCell(tables.skills, 12, 'label', '');
        }),
        lines,
      );
    });
  }

  it('reads headings whatever their case and spaces, and leaves out optional columns', () => {
    const tables = tablesOf(informatics);
    tables.skills.header[2] = ' Label ';
    const description = tables.skills.header.indexOf('description');
    tables.skills.header.splice(description, 1);
    for (const row of tables.skills.rows) row.cells.splice(description, 1);
    const result = tablesToCatalogue(tables);
    assert.ok(result.ok);
    assert.deepEqual(
      result.catalogue.roles[0]?.skills.map((skill) => Object.keys(skill)),
      [
        ['id', 'label'],
        ['id', 'label'],
        ['id', 'label'],
        ['id', 'label'],
        ['id', 'label'],
      ],
    );
  });

  it("drops blank qualities and rows with nothing in them, keeping the rows' numbers", () => {
    const tables = tablesOf(informatics);
    setCell(tables.qualities, 4, 'text', '  ');
    tables.skills.rows.splice(3, 0, { number: 0, cells: ['', ' ', '', ''] });
    tables.skills.rows.forEach((row, index) => (row.number = index + 2));
    setCell(tables.skills, 13, 'label', '');
    assert.deepEqual(sentences(tablesToCatalogue(tables)), [
      'Skills, row 13, label: this cell is empty',
    ]);
    setCell(tables.skills, 13, 'label', 'IT skills');
    const result = tablesToCatalogue(tables);
    assert.ok(result.ok);
    assert.deepEqual(result.catalogue, {
      ...informatics,
      roles: informatics.roles.map((role, index) =>
        index ? role : { ...role, qualities: role.qualities?.filter((_, i) => i !== 2) },
      ),
    });
  });

  it('names CSV files rather than sheets', () => {
    assert.deepEqual(
      problemsAfter((tables) => {
        setCell(tables.skills, 12, 'label', '');
        setCell(tables.qualities, 2, 'roleId', 'nobody');
        // @ts-expect-error -- a table that is not there
        delete tables.catalogue;
      }, 'files'),
      ['catalogue.csv: there is no file of this name'],
    );
    assert.deepEqual(
      problemsAfter((tables) => {
        setCell(tables.skills, 12, 'label', '');
        setCell(tables.qualities, 2, 'roleId', 'nobody');
      }, 'files'),
      [
        'skills.csv, row 12, label: this cell is empty',
        'qualities.csv, row 2, roleId: there is no role "nobody" in roles.csv',
      ],
    );
  });
});

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
