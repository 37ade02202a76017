import ExcelJS from 'exceljs';
import { AppError } from '../../errors.js';
import { assertWorkbookUnpacksSmall } from '../../plan/documents/check-workbook-size.js';

/** A cell as read: text, a number (from a workbook), or nothing. */
export type FileCell = string | number | null;

/** The data rows of an uploaded table: `row` is the row of the file (the header is row 1 of a CSV). */
export interface FileTable {
  headerRow: number;
  headers: string[];
  rows: { row: number; cells: FileCell[] }[];
}

/** Reads a CSV (comma or semicolon separated, quoted fields, any line ending, with or without a byte-order mark). */
export function readCsvTable(text: string): FileTable {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  // Excel in many European locales writes semicolons; the header row says which one this file uses.
  const separator = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const lines = parseCsv(body, separator);
  const headerIndex = lines.findIndex((line) => line.cells.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0) return { headerRow: 1, headers: [], rows: [] };
  const header = lines[headerIndex]!;
  return {
    headerRow: header.row,
    headers: header.cells.map((cell) => cell.trim().toLowerCase()),
    rows: lines.slice(headerIndex + 1).map((line) => ({ row: line.row, cells: line.cells.map((cell) => unguard(cell)) })),
  };
}

/** RFC 4180: fields may be quoted, a quote inside is doubled, quoted fields may hold line breaks. */
function parseCsv(text: string, separator: string): { row: number; cells: string[] }[] {
  const lines: { row: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let row = 1;
  let rowStart = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inQuotes) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') inQuotes = false;
      else {
        if (char === '\n') row++;
        cell += char;
      }
    } else if (char === '"' && cell === '') inQuotes = true;
    else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      lines.push({ row: rowStart, cells });
      cells = [];
      cell = '';
      row++;
      rowStart = row;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    lines.push({ row: rowStart, cells });
  }
  return lines;
}

/** Undoes the apostrophe actuals.csv puts before text that a spreadsheet would run as a formula. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** Reads the first sheet of an .xlsx upload (or the sheet named Actuals): row numbers are the sheet's. */
export async function readXlsxTable(bytes: Buffer): Promise<FileTable> {
  assertWorkbookUnpacksSmall(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalid_input', 'The file is not an Excel workbook (.xlsx); nothing was read', [{ path: '', message: 'the file could not be read as an .xlsx workbook' }]);
  }
  const sheet = workbook.worksheets.find((w) => w.name.toLowerCase() === 'actuals') ?? workbook.worksheets[0];
  const lines: { row: number; cells: FileCell[] }[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: FileCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = plainCell(cell.value);
    });
    lines.push({ row: number, cells: Array.from(cells, (cell) => cell ?? null) });
  });
  const header = lines[0];
  if (!header) return { headerRow: 1, headers: [], rows: [] };
  return { headerRow: header.row, headers: header.cells.map((cell) => String(cell ?? '').trim().toLowerCase()), rows: lines.slice(1) };
}

function plainCell(value: ExcelJS.CellValue): FileCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  // A date typed into a period column: the label Excel turned into a date, as ISO text the period check can name.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return plainCell(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return plainCell((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return null;
}
