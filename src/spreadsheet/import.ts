import * as v from 'valibot';
import { catalogueIssues, type CatalogueIssue } from '../data/catalogue-issues.js';
import { CatalogueSchema } from '../data/schema.js';
import { columnLetters, type ImportResult, type SheetProblem } from './problems.js';
import {
  QUALITY_TEXT,
  TABLES,
  fieldValue,
  type ColumnDescription,
  type RoleList,
  type Table,
  type TableDescription,
  type TableKey,
  type Tables,
} from './tables.js';

/** Whether the tables came as a workbook's sheets or as a folder's CSV files. */
export type TableNaming = 'sheets' | 'files';

/** A row that holds something: its number and its cells' text by column name. */
interface FilledRow {
  number: number;
  cells: Record<string, string>;
}

const EMPTY_CELL = 'this cell is empty';
const ROLE_LISTS: readonly RoleList[] = ['entryRoutes', 'skills', 'qualities'];
const isRoleList = (key: string | undefined): key is RoleList =>
  (ROLE_LISTS as readonly (string | undefined)[]).includes(key);
const isBlank = (text: string) => !/\S/.test(text);
const describe = (key: TableKey) => TABLES.find((table) => table.key === key)!;

/**
 * The rows of `table` that hold something, after its header is checked against `description`:
 * every column known, none twice, none that the schema needs left out, none unnamed with text.
 */
function filledRows(
  description: TableDescription,
  table: Table,
  name: string,
  problems: SheetProblem[],
): FilledRow[] {
  const header = (problem: Omit<SheetProblem, 'table' | 'row'>) =>
    problems.push({ table: name, row: 1, ...problem });
  const columns = new Map<number, ColumnDescription>();
  const width = Math.max(table.header.length, ...table.rows.map((row) => row.cells.length));
  for (let index = 0; index < width; index += 1) {
    const heading = table.header[index]?.trim() ?? '';
    const column = description.columns.find(
      ({ name }) => name.toLowerCase() === heading.toLowerCase(),
    );
    if (!heading) {
      if (table.rows.some((row) => !isBlank(row.cells[index] ?? ''))) {
        header({ message: `column ${columnLetters(index)} holds text but has no name` });
      }
    } else if (!column) {
      const known = description.columns.map(({ name }) => name).join(', ');
      header({ column: heading, message: `there is no such column; the columns are ${known}` });
    } else if ([...columns.values()].includes(column)) {
      header({ column: column.name, message: 'this column comes twice' });
    } else {
      columns.set(index, column);
    }
  }
  const present = [...columns.values()];
  for (const column of description.columns) {
    if (column.required && !present.includes(column)) {
      header({ column: column.name, message: 'this column is missing' });
    }
  }
  return table.rows
    .filter((row) => row.cells.some((cell) => !isBlank(cell)))
    .map(({ number, cells }) => ({
      number,
      cells: Object.fromEntries(
        [...columns].map(([index, { name }]) => [name, cells[index] ?? '']),
      ),
    }));
}

/** A row's fields as `description` maps them (roleId aside): empty cells make no field. */
function fieldsOf(description: TableDescription, row: FilledRow | undefined) {
  const fields: Record<string, unknown> = {};
  for (const { name, kind } of description.columns) {
    const value = fieldValue(kind, row?.cells[name] ?? '');
    if (name !== 'roleId' && value !== undefined) fields[name] = value;
  }
  return fields;
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

/**
 * Five tables back to a catalogue, checked as `hc-widgets validate` checks one. Problems with
 * the tables' headers come alone; otherwise every problem of a cell or row, each where it is.
 */
export function tablesToCatalogue(tables: Tables, naming: TableNaming = 'sheets'): ImportResult {
  const nameOf = (key: TableKey) => describe(key)[naming === 'files' ? 'file' : 'sheet'];
  const problems: SheetProblem[] = [];
  const rows = {} as Record<TableKey, FilledRow[]>;
  for (const description of TABLES) {
    const table = tables[description.key];
    const name = nameOf(description.key);
    if (table) rows[description.key] = filledRows(description, table, name, problems);
    else problems.push({ table: name, message: `there is no ${naming.slice(0, -1)} of this name` });
  }
  if (problems.length) return { ok: false, problems: sorted(problems, naming) };

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
  const catalogue = { ...fieldsOf(describe('catalogue'), top), roles };

  // Where each item came from: its list's rows, by role then by item.
  const itemRows = { entryRoutes: [], skills: [], qualities: [] } as Record<RoleList, number[][]>;
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
      (itemRows[list][index] ??= []).push(row.number);
    }
  }

  /** Where a catalogue path's value came from: its table, row and column. */
  const locate = (keys: readonly string[]) => {
    const [field, role, list, item, itemField] = keys;
    if (field !== 'roles' || role === undefined) {
      return { key: 'catalogue' as const, row: top?.number ?? 2, column: field };
    }
    if (isRoleList(list) && item !== undefined) {
      const row = itemRows[list][Number(role)]![Number(item)]!;
      return { key: list, row, column: list === 'qualities' ? QUALITY_TEXT : itemField };
    }
    return { key: 'roles' as const, row: rows.roles[Number(role)]!.number, column: list };
  };
  const pathKeys = (path: string | null) => path?.split(/[.[\]]+/).filter(Boolean) ?? [];
  // Only text and numbers reach the schema from cells: the version is a number, the rest text.
  const issueMessage = ({ rule, repeat }: CatalogueIssue, value: string | number | undefined) => {
    if (repeat)
      return `"${repeat.id}" is already the id of row ${locate(pathKeys(repeat.firstPath)).row}`;
    const text = String(value);
    if (value === undefined || isBlank(text)) return EMPTY_CELL;
    const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
    return `${JSON.stringify(shown)} ${rule}`;
  };
  for (const issue of catalogueIssues(catalogue)) {
    const keys = pathKeys(issue.path);
    const { key, row, column } = locate(keys);
    problems.push({
      table: nameOf(key),
      row,
      ...(column && { column }),
      message: issueMessage(issue, valueAt(catalogue, keys) as string | number | undefined),
    });
  }
  if (problems.length) return { ok: false, problems: sorted(problems, naming) };
  // The schema's output: fields in its order, as `data/nhs-careers.json` has them.
  return { ok: true, catalogue: v.parse(CatalogueSchema, catalogue) };
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
