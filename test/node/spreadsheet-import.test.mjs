// What an editor sees when a spreadsheet comes back with mistakes: each problem by sheet (or
// CSV file), row as the spreadsheet numbers it, and column, in plain words.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { tablesToCatalogue } from '../../dist/spreadsheet/index.js';
import { sentences, setCell, tablesOf } from './spreadsheets.mjs';

/** @typedef {import('./spreadsheets.mjs').EditableTables} EditableTables */

/**
 * Three roles. Roles rows 2 to 4: clinical-informatics, clinical-coder, health-records-clerk;
 * Entry routes rows 2-5, 6-8 and 9-10; Skills rows 2-6, 7-9 and 10-12; Qualities rows 2-8.
 * @type {import('../../src/data/schema.js').Catalogue}
 */
const informatics = JSON.parse(await readFile('data/health-informatics.json', 'utf8'));
const BANDS = '1, 2, 3, 4, 5, 6, 7, 8a, 8b, 8c, 8d, 9';
/** The third role's rows, once Roles no longer has its id. */
const CLERK_ROWS_WITHOUT_ROLE = [
  ...[9, 10].map(
    (row) => `Entry routes, row ${row}, roleId: there is no role "health-records-clerk" in Roles`,
  ),
  ...[10, 11, 12].map(
    (row) => `Skills, row ${row}, roleId: there is no role "health-records-clerk" in Roles`,
  ),
];

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
        ...CLERK_ROWS_WITHOUT_ROLE,
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
        ...CLERK_ROWS_WITHOUT_ROLE,
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
