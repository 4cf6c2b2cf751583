import { columnLetters, type SheetProblem } from './problems.js';
import { fieldValue, type ColumnDescription, type Table, type TableDescription } from './tables.js';

/** A row that holds something: its number and its cells' text by column name. */
export interface FilledRow {
  number: number;
  cells: Record<string, string>;
}

export const isBlank = (text: string) => !/\S/.test(text);

/**
 * The rows of `table` that hold something, after its header is checked against `description`:
 * every column known, none twice, none that the schema needs left out, none unnamed with text.
 */
export function filledRows(
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
export function fieldsOf(description: TableDescription, row: FilledRow | undefined) {
  const fields: Record<string, unknown> = {};
  for (const { name, kind } of description.columns) {
    const value = fieldValue(kind, row?.cells[name] ?? '');
    if (name !== 'roleId' && value !== undefined) fields[name] = value;
  }
  return fields;
}
