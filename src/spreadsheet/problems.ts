import type { Catalogue } from '../data/schema.js';

/** A problem found reading a spreadsheet back, where an editor would look for it. */
export interface SheetProblem {
  /** The sheet's name (`Skills`), or the CSV file's (`skills.csv`). */
  table: string;
  /** As a spreadsheet numbers rows: the header is row 1. */
  row?: number;
  /** The column's name in the header row. */
  column?: string;
  /** Plain words: `this cell is empty`. */
  message: string;
}

export type ImportResult =
  { ok: true; catalogue: Catalogue } | { ok: false; problems: SheetProblem[] };

/** The editor's sentence: `Skills, row 12, label: this cell is empty`. */
export const describeProblem = ({ table, row, column, message }: SheetProblem): string =>
  `${[table, row && `row ${row}`, column].filter(Boolean).join(', ')}: ${message}`;

/** A spreadsheet's column letters as it shows them: 0 is A, 26 is AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
