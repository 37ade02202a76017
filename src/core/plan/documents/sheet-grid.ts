import { columnLetter, type CellType, type CellValue } from './sheet-cells.js';

/** A sheet to write: row 1 holds the headers (frozen), then the rows. */
export interface SheetOut {
  name: string;
  headers: string[];
  /** Width of each column in characters. */
  widths: number[];
  /** How each column is read back; the writer keeps non-numeric columns as text. */
  types: CellType[];
  rows: CellValue[][];
  /** Indexes into `rows` of rows to set in bold: the Plan sheet's list titles and their headers. */
  headingRows: number[];
}

/** A sheet as read: its non-empty rows with their spreadsheet row numbers (1 = headers). */
export interface SheetIn {
  name: string;
  rows: ReadonlyArray<{ number: number; cells: readonly CellValue[] }>;
}

/** A cell of the workbook and what a person calls it ("unit"), for messages. */
export interface CellRef {
  sheet: string;
  row: number;
  /** 0-based column index. */
  column: number;
  label: string;
}

export interface CellProblem {
  ref: CellRef;
  message: string;
}

/** "Measures!D7" */
export function addressOf(ref: Pick<CellRef, 'sheet' | 'row' | 'column'>): string {
  return `${ref.sheet}!${columnLetter(ref.column)}${ref.row}`;
}

/** Headers are matched without regard to case or surrounding spaces. */
export function headerKey(cell: CellValue): string {
  return cell === null ? '' : String(cell).trim().toLowerCase();
}

/** "Range min" reads as "range min" inside a sentence; "URL" stays as it is. */
export function labelOf(header: string): string {
  return /^[A-Z][a-z]/.test(header) ? header[0]!.toLowerCase() + header.slice(1) : header;
}
