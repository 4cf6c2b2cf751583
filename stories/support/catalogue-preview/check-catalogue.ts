/**
 * What the preview shows for a catalogue an editor gave: the problems in the sentences the
 * command line prints, and the sound roles to preview. It all runs in the page.
 */
import { checkCatalogue } from '../../../src/data/catalogue.js';
import type { Role } from '../../../src/data/schema.js';
import { parseCatalogueJson } from '../../../src/server/catalogue-json.js';
import { InputError } from '../../../src/server/input-error.js';
import { catalogueProblems } from '../../../src/server/validate.js';
import { describeProblem, type ImportResult } from '../../../src/spreadsheet/problems.js';

export interface CheckedCatalogue {
  /** What was checked, as the outcome names it: "The pasted text", "roles.xlsx". */
  source: string;
  /** One sentence per problem, as `hc-widgets validate` (or `import`) prints them. */
  problems: string[];
  /** The catalogue for `<hc-careers-data>` when its top level is sound, else `null`. */
  catalogue: unknown;
  /** The roles that pass their check, in catalogue order: the ones there is something to see. */
  roles: readonly Role[];
}

/** Only problems, nothing to preview. */
const unreadable = (source: string, problems: string[]): CheckedCatalogue => ({
  source,
  problems,
  catalogue: null,
  roles: [],
});

/** A parsed catalogue: every problem `validate` finds, and the roles the widgets can show. */
export function checkParsed(json: unknown, source: string): CheckedCatalogue {
  const problems = catalogueProblems(json);
  const top = checkCatalogue(json);
  if (!top.ok) return unreadable(source, problems);
  return { source, problems, catalogue: json, roles: top.catalogue.soundRoles().roles };
}

/** Catalogue JSON as text; text that is not JSON is one problem, as `validate` words it. */
export function checkJsonText(text: string, source: string): CheckedCatalogue {
  if (!text.trim()) return unreadable(source, ['Paste a catalogue first: the box is empty.']);
  let json: unknown;
  try {
    json = parseCatalogueJson(text, source);
  } catch (error) {
    if (error instanceof InputError) return unreadable(source, [error.message]);
    throw error;
  }
  return checkParsed(json, source);
}

/** A spreadsheet read back: its catalogue, or its problems in `hc-widgets import`'s words. */
const checkImport = (read: ImportResult, source: string): CheckedCatalogue =>
  read.ok
    ? checkParsed(read.catalogue, source)
    : unreadable(source, read.problems.map(describeProblem));

/**
 * The files an editor opened: one catalogue `.json`, one `.xlsx` workbook that
 * `hc-widgets export` wrote, or the CSV files it wrote to a folder.
 */
export async function checkFiles(files: readonly File[]): Promise<CheckedCatalogue> {
  const [file] = files;
  if (!file) return unreadable('The file', ['Choose a catalogue file first.']);
  const all = (extension: RegExp) => files.every(({ name }) => extension.test(name));
  if (files.length === 1 && all(/\.json$/i)) {
    return checkJsonText(await file.text(), file.name);
  }
  // The spreadsheet readers load only when a spreadsheet is opened: exceljs is far larger
  // than the rest of the page.
  if (files.length === 1 && all(/\.xlsx$/i)) {
    const { readWorkbook } = await import('../../../src/spreadsheet/workbook.js');
    return checkImport(await readWorkbook(await file.arrayBuffer()), file.name);
  }
  if (all(/\.csv$/i)) {
    const { readCsvFiles } = await import('../../../src/spreadsheet/csv.js');
    const texts = await Promise.all(
      files.map(async (each): Promise<[string, string]> => [each.name, await each.text()]),
    );
    const source = files.length === 1 ? file.name : `The set of ${files.length} CSV files`;
    return checkImport(readCsvFiles(Object.fromEntries(texts)), source);
  }
  return unreadable(files.length === 1 ? file.name : `The set of ${files.length} files`, [
    'Choose one .json catalogue, one .xlsx workbook, or CSV files only.',
  ]);
}
