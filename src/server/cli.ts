import { parseArgs } from 'node:util';
import { InputError, UsageError } from './input-error.js';
import { readCatalogue } from './read-catalogue.js';
import { render, WIDGET_NAMES, type RenderOptions } from './render.js';
import { exportCommand, importCommand } from './spreadsheet-commands.js';
import { catalogueProblems } from './validate.js';

const USAGE = `Usage:
  hc-widgets render --widget <${WIDGET_NAMES.join('|')}> --role <id>
    [--catalogue <file-or-URL>] [--lang en|cy] [--heading-level N] [--structured-data]
    [--href-template T]
      Prints the widget as HTML that shows without JavaScript and hydrates with it.
      role-finder needs no --role; --href-template is its href-template.
  hc-widgets validate <file-or-URL>
      Checks a catalogue: "ok: N roles", or one line per problem (exit code 1).
  hc-widgets export <catalogue file-or-URL> --out <file.xlsx | folder>
      Writes a sound catalogue as a workbook, or as five CSV files in a folder, for editors.
  hc-widgets import <file.xlsx | folder> --out <catalogue.json>
      Reads one back and writes the catalogue when it holds no problem; else one line per
      problem, by sheet (or file), row and column (exit code 1), and writes nothing.`;

async function renderCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      widget: { type: 'string' },
      role: { type: 'string' },
      catalogue: { type: 'string' },
      lang: { type: 'string' },
      'heading-level': { type: 'string' },
      'structured-data': { type: 'boolean' },
      'href-template': { type: 'string' },
    },
  });
  if (!values.widget) throw new UsageError('render needs --widget.');
  const finder = values.widget === 'role-finder';
  if (!finder && !values.role) throw new UsageError('render needs --role for this widget.');
  if (finder && values['structured-data']) {
    throw new UsageError('--structured-data describes one role; role-finder has none.');
  }
  const level = values['heading-level'];
  if (level !== undefined && !/^\d+$/.test(level)) {
    throw new UsageError(`--heading-level takes a number from 2 to 6, not "${level}".`);
  }
  process.stdout.write(
    await render({
      widget: values.widget as RenderOptions['widget'],
      roleId: values.role,
      catalogue: values.catalogue,
      lang: values.lang as RenderOptions['lang'],
      headingLevel: level === undefined ? undefined : Number(level),
      structuredData: values['structured-data'],
      hrefTemplate: values['href-template'],
    }),
  );
  return 0;
}

async function validateCommand(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  const [source, ...rest] = positionals;
  if (!source || rest.length) throw new UsageError('validate takes one file or URL.');
  const input = await readCatalogue(source);
  const problems = catalogueProblems(input);
  if (problems.length) {
    process.stdout.write(`${problems.join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`ok: ${(input as { roles: unknown[] }).roles.length} roles\n`);
  return 0;
}

/** Runs `hc-widgets <command> …` and returns the exit code; mistakes go to stderr. */
export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === 'render') return await renderCommand(rest);
    if (command === 'validate') return await validateCommand(rest);
    if (command === 'export') return await exportCommand(rest);
    if (command === 'import') return await importCommand(rest);
    if (command === '--help' || command === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  } catch (error) {
    // parseArgs reports unknown or malformed options as TypeErrors with an ERR_PARSE_ARGS code.
    const badOption = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ?? false;
    if (!(error instanceof InputError) && !badOption) throw error;
    process.stderr.write(`hc-widgets: ${(error as Error).message}\n`);
    if (badOption || error instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
    return 1;
  }
}
