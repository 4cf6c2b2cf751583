import * as v from 'valibot';
import { catalogueIssues, type CatalogueIssue } from '../data/catalogue-issues.js';
import { CatalogueSchema } from '../data/schema.js';
import type { ImportResult, SheetProblem } from './problems.js';
import { fieldsOf, filledRows, isBlank, type FilledRow } from './rows.js';
import { QUALITY_TEXT, TABLES, type RoleList, type TableKey, type Tables } from './tables.js';

/** Whether the tables came as a workbook's sheets or as a folder's CSV files. */
export type TableNaming = 'sheets' | 'files';

type TableRows = Record<TableKey, FilledRow[]>;

/** Where each part of an assembled catalogue came from, by row number. */
interface Origins {
  catalogue: number;
  roles: number[];
  /** By role index, then item index. */
  items: Record<RoleList, number[][]>;
}

interface Assembled {
  catalogue: { roles: Record<string, unknown>[] } & Record<string, unknown>;
  origins: Origins;
}

const EMPTY_CELL = 'this cell is empty';
const ROLE_LISTS: readonly RoleList[] = ['entryRoutes', 'skills', 'qualities'];
const isRoleList = (key: string | undefined): key is RoleList =>
  (ROLE_LISTS as readonly (string | undefined)[]).includes(key);
const describe = (key: TableKey) => TABLES.find((table) => table.key === key)!;

/**
 * The catalogue the rows make, unchecked: one catalogue row, the roles, and each child row
 * added to its role's list; a child row whose role id Roles lacks, or a second catalogue row,
 * is a problem.
 */
function assemble(
  rows: TableRows,
  nameOf: (key: TableKey) => string,
  problems: SheetProblem[],
): Assembled {
  const [top, ...extra] = rows.catalogue;
  for (const { number } of extra) {
    problems.push({
      table: nameOf('catalogue'),
      row: number,
      message: `the catalogue is one row, row ${top!.number}; this one is more`,
    });
  }
  const roles: Record<string, unknown>[] = rows.roles.map((row) => ({
    ...fieldsOf(describe('roles'), row),
    entryRoutes: [],
    skills: [],
  }));
  const origins: Origins = {
    catalogue: top?.number ?? 2,
    roles: rows.roles.map(({ number }) => number),
    items: { entryRoutes: [], skills: [], qualities: [] },
  };
  const roleIndex = new Map<unknown, number>();
  roles.forEach((role, index) => {
    if (!roleIndex.has(role.id)) roleIndex.set(role.id, index);
  });
  for (const list of ROLE_LISTS) {
    for (const row of rows[list]) {
      const roleId = row.cells.roleId!;
      const index = roleIndex.get(roleId);
      const cell = { table: nameOf(list), row: row.number, column: 'roleId' };
      if (isBlank(roleId)) problems.push({ ...cell, message: EMPTY_CELL });
      else if (index === undefined) {
        problems.push({ ...cell, message: `there is no role "${roleId}" in ${nameOf('roles')}` });
      }
      const text = row.cells[QUALITY_TEXT] ?? '';
      // A blank quality is not shown (see the requirements list), so it is not kept either.
      if (index === undefined || (list === 'qualities' && isBlank(text))) continue;
      // The role's list: entryRoutes and skills start empty, qualities with its first row.
      const items = (roles[index]![list] ??= []) as unknown[];
      items.push(list === 'qualities' ? text : fieldsOf(describe(list), row));
      (origins.items[list][index] ??= []).push(row.number);
    }
  }
  return { catalogue: { ...fieldsOf(describe('catalogue'), top), roles }, origins };
}

/** `roles[3].skills[1].label` as its keys: roles, 3, skills, 1, label. */
const pathKeys = (path: string | null) => path?.split(/[.[\]]+/).filter(Boolean) ?? [];

/** Where the value at a catalogue path came from: its table, row and column. */
function locate(origins: Origins, keys: readonly string[]) {
  const [field, role, list, item, itemField] = keys;
  if (field !== 'roles' || role === undefined) {
    return { key: 'catalogue' as const, row: origins.catalogue, column: field };
  }
  if (isRoleList(list) && item !== undefined) {
    const row = origins.items[list][Number(role)]![Number(item)]!;
    return { key: list, row, column: list === 'qualities' ? QUALITY_TEXT : itemField };
  }
  return { key: 'roles' as const, row: origins.roles[Number(role)]!, column: list };
}

/** The value at a catalogue path such as `roles[3].payBands[1]`, if there is one. */
const valueAt = (root: unknown, keys: readonly string[]): unknown =>
  keys.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined,
    root,
  );

/** A schema issue in an editor's words, about the cell it comes from. */
function issueMessage(
  { rule, repeat }: CatalogueIssue,
  value: string | number | undefined,
  origins: Origins,
) {
  if (repeat) {
    const first = locate(origins, pathKeys(repeat.firstPath)).row;
    return `"${repeat.id}" is already the id of row ${first}`;
  }
  const text = String(value);
  if (value === undefined || isBlank(text)) return EMPTY_CELL;
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return `${JSON.stringify(shown)} ${rule}`;
}

/** Problems in the order of the tables, then of rows, then of columns. */
function sorted(problems: SheetProblem[], naming: TableNaming): SheetProblem[] {
  const tableIndex = (problem: SheetProblem) =>
    TABLES.findIndex((table) => table[naming === 'files' ? 'file' : 'sheet'] === problem.table);
  const columnIndex = (problem: SheetProblem) =>
    TABLES[tableIndex(problem)]!.columns.findIndex(({ name }) => name === problem.column);
  return problems.sort(
    (a, b) =>
      tableIndex(a) - tableIndex(b) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      columnIndex(a) - columnIndex(b),
  );
}

/**
 * Five tables back to a catalogue, checked as `hc-widgets validate` checks one. Problems with
 * the tables' headers come alone; otherwise every problem of a cell or row, each where it is.
 */
export function tablesToCatalogue(tables: Tables, naming: TableNaming = 'sheets'): ImportResult {
  const nameOf = (key: TableKey) => describe(key)[naming === 'files' ? 'file' : 'sheet'];
  const problems: SheetProblem[] = [];
  const rows = {} as TableRows;
  for (const description of TABLES) {
    const table = tables[description.key];
    const name = nameOf(description.key);
    if (table) rows[description.key] = filledRows(description, table, name, problems);
    else problems.push({ table: name, message: `there is no ${naming.slice(0, -1)} of this name` });
  }
  if (problems.length) return { ok: false, problems: sorted(problems, naming) };

  const { catalogue, origins } = assemble(rows, nameOf, problems);
  for (const issue of catalogueIssues(catalogue)) {
    const keys = pathKeys(issue.path);
    const { key, row, column } = locate(origins, keys);
    problems.push({
      table: nameOf(key),
      row,
      ...(column && { column }),
      // Only text and numbers come from cells: the version is a number, the rest text.
      message: issueMessage(
        issue,
        valueAt(catalogue, keys) as string | number | undefined,
        origins,
      ),
    });
  }
  if (problems.length) return { ok: false, problems: sorted(problems, naming) };
  // The schema's output: fields in its order, as `data/nhs-careers.json` has them.
  return { ok: true, catalogue: v.parse(CatalogueSchema, catalogue) };
}
