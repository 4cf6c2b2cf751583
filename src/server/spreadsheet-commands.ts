import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Catalogue } from '../data/schema.js';
import { describeProblem, type ImportResult } from '../spreadsheet/problems.js';
import { TABLES } from '../spreadsheet/tables.js';
import { InputError, UsageError } from './input-error.js';
import { readCatalogue } from './read-catalogue.js';
import { catalogueProblems } from './validate.js';

/*
 * `hc-widgets export` and `import`. exceljs and csv-parse are loaded only here, when one of them
 * runs: `render` and `validate` start no slower for them.
 */

const isWorkbook = (path: string) => /\.xlsx$/i.test(path);

/** The one source and the `--out` of `hc-widgets <command> <source> --out <target>`. */
function sourceAndOut(command: string, args: string[], source: string, out: string) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' } },
  });
  const [from, ...rest] = positionals;
  if (!from || rest.length) throw new UsageError(`${command} takes one ${source}.`);
  if (!values.out) throw new UsageError(`${command} needs --out <${out}>.`);
  return { from, out: values.out };
}

/** Runs a write; a failure is the user's to fix (a folder in the way, no permission). */
async function writing(path: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw new InputError(`Could not write ${path} (${(error as Error).message}).`);
  }
}

const written = (catalogue: { roles: unknown[] }, path: string) =>
  process.stdout.write(`ok: ${catalogue.roles.length} roles, written to ${path}\n`);

/** `hc-widgets export <catalogue> --out <file.xlsx | folder>`: a sound catalogue only. */
export async function exportCommand(args: string[]): Promise<number> {
  const { from, out } = sourceAndOut('export', args, 'catalogue file or URL', 'file.xlsx | folder');
  const input = await readCatalogue(from);
  const problems = catalogueProblems(input);
  if (problems.length) {
    process.stdout.write(`${problems.join('\n')}\n`);
    return 1;
  }
  const catalogue = input as Catalogue;
  if (isWorkbook(out)) {
    const { writeWorkbook } = await import('../spreadsheet/workbook.js');
    const bytes = await writeWorkbook(catalogue);
    await writing(out, () => writeFile(out, bytes));
  } else {
    const { writeCsvFiles } = await import('../spreadsheet/csv.js');
    const files = writeCsvFiles(catalogue);
    await writing(out, () => mkdir(out, { recursive: true }));
    for (const [name, text] of Object.entries(files)) {
      await writing(join(out, name), () => writeFile(join(out, name), text));
    }
  }
  written(catalogue, out);
  return 0;
}

/** Runs a read; a path that is not there, or cannot be read, is the user's to fix. */
async function reading<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new InputError(`There is no file or folder at ${path}.`);
    }
    throw new InputError(`Could not read ${path} (${(error as Error).message}).`);
  }
}

/** The CSV files of a folder, by name, of the five it may have; missing ones are reported. */
async function csvFiles(folder: string): Promise<Record<string, string>> {
  const names = new Set(await reading(folder, () => readdir(folder)));
  const files: Record<string, string> = {};
  for (const { file } of TABLES.filter(({ file }) => names.has(file))) {
    const path = join(folder, file);
    files[file] = await reading(path, () => readFile(path, 'utf8'));
  }
  return files;
}

async function readSpreadsheet(source: string): Promise<ImportResult> {
  const found = await reading(source, () => stat(source));
  if (found.isDirectory()) {
    const { readCsvFiles } = await import('../spreadsheet/csv.js');
    return readCsvFiles(await csvFiles(source));
  }
  const { readWorkbook } = await import('../spreadsheet/workbook.js');
  return readWorkbook(await reading(source, () => readFile(source)));
}

/**
 * `hc-widgets import <file.xlsx | folder> --out <catalogue.json>`: writes the catalogue only
 * when it holds no problem; else one line per problem, by sheet or file, row and column.
 */
export async function importCommand(args: string[]): Promise<number> {
  const { from, out } = sourceAndOut(
    'import',
    args,
    'workbook (.xlsx) or folder of CSV files',
    'catalogue.json',
  );
  const result = await readSpreadsheet(from);
  if (!result.ok) {
    process.stdout.write(`${result.problems.map(describeProblem).join('\n')}\n`);
    return 1;
  }
  await writing(out, () => writeFile(out, `${JSON.stringify(result.catalogue, null, 2)}\n`));
  written(result.catalogue, out);
  return 0;
}
