// Helpers for the spreadsheet tests: the core as built (`npm test` builds first), tables to
// edit cell by cell, workbooks edited with exceljs, and generated catalogues (fast-check).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { ENTRY_ROUTE_TYPES, PAY_BANDS } from '../../dist/data/schema.js';
import { catalogueToTables, describeProblem, writeWorkbook } from '../../dist/spreadsheet/index.js';

/** @typedef {import('../../src/data/schema.js').Catalogue} Catalogue */
/** @typedef {import('../../src/spreadsheet/index.js').ImportResult} ImportResult */
/** @typedef {{ header: string[], rows: { number: number, cells: string[] }[] }} EditableTable */
/** @typedef {Record<import('../../src/spreadsheet/tables.js').TableKey, EditableTable>} EditableTables */

/**
 * The problems of an import as an editor reads them; none when it went through.
 * @param {ImportResult} result
 */
export const sentences = (result) => (result.ok ? [] : result.problems.map(describeProblem));

/**
 * A catalogue's tables, to change before they are read back.
 * @param {Catalogue} catalogue
 * @returns {EditableTables}
 */
export const tablesOf = (catalogue) =>
  /** @type {EditableTables} */ (structuredClone(catalogueToTables(catalogue)));

/**
 * Sets the cell of `column` in row `number` (as a spreadsheet numbers it) of a table.
 * @param {EditableTable} table
 * @param {number} number
 * @param {string} column
 * @param {string} text
 */
export function setCell(table, number, column, text) {
  const row = table.rows.find((each) => each.number === number);
  const index = table.header.indexOf(column);
  if (!row || index < 0) throw new Error(`No cell ${column} in row ${number}.`);
  row.cells[index] = text;
}

/**
 * The catalogue's workbook as exceljs opens it, to edit as a spreadsheet program would.
 * @param {Catalogue} catalogue
 */
export async function openWorkbook(catalogue) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(/** @type {any} */ (Buffer.from(await writeWorkbook(catalogue))));
  return workbook;
}

/**
 * A workbook's bytes, as a program that saves it writes them.
 * @param {ExcelJS.Workbook} workbook
 */
export const workbookBytes = async (workbook) =>
  new Uint8Array(/** @type {ArrayBuffer} */ (await workbook.xlsx.writeBuffer()));

/** A new empty folder; returns its path. */
export const tempFolder = () => mkdtemp(join(tmpdir(), 'hc-sheets-'));

/**
 * Writes `bytes` to a new file named `name`; returns its path.
 * @param {Uint8Array | string} bytes
 */
export async function tempFile(bytes, name = 'catalogue.xlsx') {
  const path = join(await tempFolder(), name);
  await writeFile(path, bytes);
  return path;
}

/*
 * Generated catalogues: every field the schema knows, in text an editor might type (Welsh
 * letters, commas, quotes, new lines, tabs, spaces at either end, text that looks like a number
 * or a formula). Not generated, as a spreadsheet cannot tell them from no value: optional text
 * that is '' and empty lists (both read back as no field), blank qualities (dropped, as SPEC
 * says), carriage returns and other control characters (XML, inside .xlsx, cannot hold them).
 */
const CHARACTERS = [...'abcwyŵŷâêîôûëïäöü ABCWŴŶ019,;"\'\n\t=+-@#()[]&<>/:.?'];
const someText = fc
  .array(fc.constantFrom(...CHARACTERS), { minLength: 1, maxLength: 30 })
  .map((characters) => characters.join(''))
  .filter((text) => /\S/.test(text));
const slug = fc
  .array(fc.constantFrom(...'abcxyz0129'), { minLength: 1, maxLength: 6 })
  .map((characters) => characters.join(''));
const roleId = fc.array(slug, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('-'));
const url = fc.oneof(
  slug.map((path) => `https://example.org/${path}?a=1,b="2"`),
  slug.map((path) => `/careers/${path}`),
  slug.map((path) => `${path}.html#top`),
);
const date = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((day) => day.toISOString().slice(0, 10));

const entryRoute = fc.record(
  { type: fc.constantFrom(...ENTRY_ROUTE_TYPES), title: someText, description: someText, url },
  { requiredKeys: ['type', 'title'], noNullPrototype: true },
);
const skill = fc.record(
  { id: someText, label: someText, description: someText },
  { requiredKeys: ['id', 'label'], noNullPrototype: true },
);
const role = fc.record(
  {
    id: roleId,
    title: someText,
    family: someText,
    summary: someText,
    url,
    payBands: fc.subarray([...PAY_BANDS], { minLength: 1 }),
    entryRoutes: fc.array(entryRoute, { maxLength: 3 }),
    skills: fc.uniqueArray(skill, { maxLength: 4, selector: (each) => each.id }),
    qualities: fc.array(someText, { minLength: 1, maxLength: 3 }),
    updated: date,
  },
  { requiredKeys: ['id', 'title', 'entryRoutes', 'skills'], noNullPrototype: true },
);

/** A valid catalogue of up to five roles, with or without `lang`. */
export const arbitraryCatalogue = /** @type {fc.Arbitrary<Catalogue>} */ (
  fc.record(
    {
      schemaVersion: fc.constant(1),
      lang: fc.constantFrom('en', 'cy', 'en-GB'),
      roles: fc.uniqueArray(role, { maxLength: 5, selector: (each) => each.id }),
    },
    { requiredKeys: ['schemaVersion', 'roles'], noNullPrototype: true },
  )
);
