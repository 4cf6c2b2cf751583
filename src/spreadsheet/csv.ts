// The browser builds of csv-parse and csv-stringify: the same code in Node and in a page.
import { CsvError, parse } from 'csv-parse/browser/esm/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Catalogue } from '../data/schema.js';
import { tablesToCatalogue } from './import.js';
import type { ImportResult, SheetProblem } from './problems.js';
import { TABLES, catalogueToTables, type Tables } from './tables.js';

/**
 * A spreadsheet program that opens a CSV file runs a cell beginning with =, +, -, @, a tab or a
 * carriage return as a formula, so catalogue text could run on an editor's machine. Such a cell
 * is written after an apostrophe, which spreadsheets take as "this is text" and do not show. A
 * cell that already begins with an apostrophe gets one more, so that reading takes exactly one
 * off and every text comes back as it was. (csv-stringify's own `escape_formulas` does not add
 * that second apostrophe, so a text beginning with one would not come back.)
 */
const GUARDED = /^[=+\-@\t\r']/;
const guardCell = (text: string): string => (GUARDED.test(text) ? `'${text}` : text);

/** The cell as it was before `guardCell`; a cell an editor wrote as `'note` stays as it is. */
const unguardCell = (text: string): string =>
  text.startsWith("'") && GUARDED.test(text.slice(1)) ? text.slice(1) : text;

/**
 * The catalogue as five CSV files, by file name. Each starts with a byte-order mark, without
 * which Excel reads UTF-8 as another encoding and garbles Welsh letters such as ŵ and ŷ; no
 * cell begins like a formula (`guardCell`).
 */
export function writeCsvFiles(catalogue: Catalogue): Record<string, string> {
  const tables = catalogueToTables(catalogue);
  return Object.fromEntries(
    TABLES.map(({ key, file }) => {
      const { header, rows } = tables[key];
      return [
        file,
        stringify([header, ...rows.map(({ cells }) => cells)], {
          bom: true,
          cast: { string: guardCell },
        }),
      ];
    }),
  );
}

/** What a CSV file's own mistakes mean for an editor: a quote left open is the usual one. */
function parseProblem(file: string, error: CsvError): SheetProblem {
  // The records read before the mistake, the header among them, make its row the next one.
  const records = error.records as number;
  const message =
    error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a cell opens a quote (") that is never closed'
      : `this is not CSV that can be read (${error.message})`;
  return { table: file, row: records + 1, message };
}

/**
 * A folder's CSV files, by file name, back to a catalogue, or its problems by file, row (as a
 * spreadsheet that opens the file numbers it) and column. Other files are not looked at.
 */
export function readCsvFiles(files: Record<string, string>): ImportResult {
  const tables: Tables = {};
  const problems: SheetProblem[] = [];
  for (const { key, file } of TABLES) {
    const text = files[file];
    if (text === undefined) continue;
    let records: string[][];
    try {
      // Rows of any length: blank lines keep their numbers, and extra cells are reported.
      records = parse(text, { bom: true, relax_column_count: true });
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      problems.push(parseProblem(file, error));
      continue;
    }
    const [header = [], ...rows] = records;
    tables[key] = {
      header,
      rows: rows.map((cells, index) => ({ number: index + 2, cells: cells.map(unguardCell) })),
    };
  }
  if (problems.length) return { ok: false, problems };
  return tablesToCatalogue(tables, 'files');
}
