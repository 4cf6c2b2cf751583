import ExcelJS from 'exceljs';
import type { Catalogue } from '../data/schema.js';
import { tablesToCatalogue } from './import.js';
import type { ImportResult } from './problems.js';
import { TABLES, catalogueToTables, type Table, type Tables } from './tables.js';

/** Column widths, in characters: room for short values, and wrapped text past the widest. */
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

/** The catalogue as an .xlsx workbook: one sheet per table, a bold and frozen header row. */
export async function writeWorkbook(catalogue: Catalogue): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const tables = catalogueToTables(catalogue);
  for (const { key, sheet } of TABLES) {
    const { header, rows } = tables[key];
    const worksheet = workbook.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow(header).font = { bold: true };
    for (const { cells } of rows) worksheet.addRow(cells.map((cell) => cell || null));
    header.forEach((name, index) => {
      const longest = Math.max(
        name.length,
        ...rows.flatMap(({ cells }) => cells[index]!.split('\n').map((line) => line.length)),
      );
      const column = worksheet.getColumn(index + 1);
      column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
      if (longest > MAX_WIDTH || rows.some(({ cells }) => cells[index]!.includes('\n'))) {
        column.alignment = { wrapText: true, vertical: 'top' };
      }
    });
  }
  const bytes = await workbook.xlsx.writeBuffer();
  // A plain copy: in Node the answer is a Buffer, a Uint8Array with methods of its own.
  return new Uint8Array(bytes);
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A date cell as it shows: `2026-11-30`, with the time only when there is one. */
function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
  const minutes = date.getUTCHours() * 60 + date.getUTCMinutes();
  return minutes
    ? `${day} ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}`
    : day;
}

/**
 * The text a cell shows: numbers and dates typed where text belongs, rich text, a formula's
 * result and a hyperlink's text are all read as their text. exceljs gives dates in UTC.
 */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map(({ text }) => text).join('');
  if ('hyperlink' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  return value.error;
}

/** A worksheet's cells as text, rows numbered as the spreadsheet shows them. */
function sheetTable(worksheet: ExcelJS.Worksheet): Table {
  const rowTexts = (row: ExcelJS.Row) =>
    Array.from({ length: row.cellCount }, (_, index) => cellText(row.getCell(index + 1).value));
  const rows: Table['rows'][number][] = [];
  worksheet.eachRow((row, number) => {
    if (number > 1) rows.push({ number, cells: rowTexts(row) });
  });
  return { header: rowTexts(worksheet.getRow(1)), rows };
}

/** An .xlsx workbook's sheets back to a catalogue, or its problems by sheet, row and column. */
export async function readWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<ImportResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for a Node Buffer; JSZip, which reads it, takes any bytes.
    await workbook.xlsx.load(bytes as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return {
      ok: false,
      problems: [{ table: 'Workbook', message: 'this file is not an Excel workbook (.xlsx)' }],
    };
  }
  const tables: Tables = {};
  for (const { key, sheet } of TABLES) {
    const worksheet = workbook.worksheets.find(
      ({ name }) => name.trim().toLowerCase() === sheet.toLowerCase(),
    );
    if (worksheet) tables[key] = sheetTable(worksheet);
  }
  return tablesToCatalogue(tables, 'sheets');
}
