/**
 * The catalogue as a spreadsheet and back (`hc-widgets export` and `import`, the editors'
 * preview): platform-neutral, for Node and browsers alike. Not part of any npm entry or of the
 * CDN bundle: exceljs and csv-parse are far larger than the widgets.
 */
export { catalogueToTables, TABLES, type Table, type TableRow, type Tables } from './tables.js';
export { tablesToCatalogue, type TableNaming } from './import.js';
export { describeProblem, type ImportResult, type SheetProblem } from './problems.js';
export { readWorkbook, writeWorkbook } from './workbook.js';
export { readCsvFiles, writeCsvFiles } from './csv.js';
