import type { Catalogue, Role } from '../data/schema.js';

/*
 * The catalogue as five tables (SPEC, "Server rendering and the command line"): one description
 * of their names and columns, read by the export and the import alike, for workbooks and CSV.
 */

/** How a cell's text stands for a field's value, when it is not the text itself. */
type CellKind = 'text' | 'bands' | 'number';

export interface ColumnDescription {
  /** The header cell's text, which is also the field's name in the catalogue. */
  readonly name: string;
  /** The schema needs this field in every row, so the column cannot be left out. */
  readonly required?: true;
  readonly kind?: CellKind;
}

/** The role lists a child table's rows make up, one row per item. */
export type RoleList = 'entryRoutes' | 'skills' | 'qualities';

export type TableKey = 'catalogue' | 'roles' | RoleList;

export interface TableDescription {
  readonly key: TableKey;
  /** The sheet's name in a workbook. */
  readonly sheet: string;
  /** The file's name in a folder of CSV files. */
  readonly file: string;
  readonly columns: readonly ColumnDescription[];
}

const ROLE_ID: ColumnDescription = { name: 'roleId', required: true };

/** In the order of a workbook's sheets, and of problems reported about them. */
export const TABLES: readonly TableDescription[] = [
  {
    key: 'catalogue',
    sheet: 'Catalogue',
    file: 'catalogue.csv',
    columns: [{ name: 'schemaVersion', required: true, kind: 'number' }, { name: 'lang' }],
  },
  {
    key: 'roles',
    sheet: 'Roles',
    file: 'roles.csv',
    columns: [
      { name: 'id', required: true },
      { name: 'title', required: true },
      { name: 'family' },
      { name: 'summary' },
      { name: 'url' },
      { name: 'payBands', kind: 'bands' },
      { name: 'updated' },
    ],
  },
  {
    key: 'entryRoutes',
    sheet: 'Entry routes',
    file: 'entry-routes.csv',
    columns: [
      ROLE_ID,
      { name: 'type', required: true },
      { name: 'title', required: true },
      { name: 'description' },
      { name: 'url' },
    ],
  },
  {
    key: 'skills',
    sheet: 'Skills',
    file: 'skills.csv',
    columns: [
      ROLE_ID,
      { name: 'id', required: true },
      { name: 'label', required: true },
      { name: 'description' },
    ],
  },
  {
    key: 'qualities',
    sheet: 'Qualities',
    file: 'qualities.csv',
    // A role's qualities are plain text: each row's `text` is one item of the list.
    columns: [ROLE_ID, { name: 'text', required: true }],
  },
];

/** The child tables' column whose text is the list item itself, rather than an object. */
export const QUALITY_TEXT = 'text';

/** One table as text: its header row and its other rows, every cell a string ('' when empty). */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
}

export interface TableRow {
  /** The row's number as a spreadsheet shows it: the header is row 1. */
  readonly number: number;
  readonly cells: readonly string[];
}

export type Tables = Partial<Record<TableKey, Table>>;

/** A field's value: text, a number (schemaVersion) or a list of text (payBands). */
type FieldValue = string | number | readonly string[] | undefined;

/** A field's value as a cell's text: `5, 6, 7` for pay bands, '' for none. */
function cellText(value: FieldValue): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** A cell's text as the field's value; `undefined` (no field) for an empty cell. */
export function fieldValue(kind: CellKind | undefined, text: string): unknown {
  if (text === '') return undefined;
  if (kind === 'bands') return text.split(',').flatMap((band) => band.trim() || []);
  // A version that is not a whole number stays text, for the schema to refuse in its words.
  if (kind === 'number') return /^\s*\d+\s*$/.test(text) ? Number(text) : text;
  return text;
}

/** The items of `list` of each role, with the role they belong to, in the catalogue's order. */
const itemsOf = (roles: readonly Role[], list: RoleList) =>
  roles.flatMap((role) =>
    (role[list] ?? []).map((item) => ({
      roleId: role.id,
      ...(typeof item === 'string' ? { [QUALITY_TEXT]: item } : item),
    })),
  );

/** A catalogue as the five tables, numbered as a spreadsheet numbers its rows. */
export function catalogueToTables(catalogue: Catalogue): Record<TableKey, Table> {
  const records: Record<TableKey, readonly object[]> = {
    catalogue: [catalogue],
    roles: catalogue.roles,
    entryRoutes: itemsOf(catalogue.roles, 'entryRoutes'),
    skills: itemsOf(catalogue.roles, 'skills'),
    qualities: itemsOf(catalogue.roles, 'qualities'),
  };
  const tables = {} as Record<TableKey, Table>;
  for (const { key, columns } of TABLES) {
    tables[key] = {
      header: columns.map(({ name }) => name),
      rows: records[key].map((record, index) => ({
        number: index + 2,
        cells: columns.map(({ name }) => cellText((record as Record<string, FieldValue>)[name])),
      })),
    };
  }
  return tables;
}
