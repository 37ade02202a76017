/**
 * Spreadsheet cells as plain data, and how a field of the plan format is written to one cell and
 * read back. Writing then reading any valid field gives it back unchanged, or the writer notices
 * (see plan-to-sheets.ts) and keeps the field in the row's JSON column instead.
 */
export type CellValue = string | number | boolean | Date | null;

/** How a column is read: what a person may type there and what the format gets from it. */
export type CellType = 'text' | 'number' | 'date' | 'boolean' | 'list' | 'json';

export type DecodedCell = { ok: true; value: unknown } | { ok: false; message: string };

/** People separate names in one cell with semicolons ("Principals; Union"). */
const LIST_SEPARATOR = '; ';

// XML 1.0, which .xlsx is made of, cannot hold these; text pasted from Word can (a vertical tab).
// A carriage return is legal but XML readers turn "\r\n" into "\n", so it would not come back.
const NOT_IN_XML = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The cell a field is written to; null when the cell could not hold it as it is (the caller then
 * keeps the field in the row's JSON column, where JSON escapes what XML cannot carry).
 */
export function encodeCell(value: unknown, type: CellType): CellValue {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string' && NOT_IN_XML.test(value)) return null;
  if (Array.isArray(value) && value.some((item) => typeof item === 'string' && NOT_IN_XML.test(item))) return null;
  switch (type) {
    case 'json':
      return JSON.stringify(value);
    case 'list':
      return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string') ? value.join(LIST_SEPARATOR) : null;
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    default:
      return typeof value === 'string' ? value : null;
  }
}

/** An empty cell is an absent field; anything else is read by the column's type or refused. */
export function decodeCell(cell: CellValue, type: CellType): DecodedCell {
  if (isEmptyCell(cell)) return { ok: true, value: undefined };
  switch (type) {
    case 'text':
      return { ok: true, value: cell instanceof Date ? isoDate(cell) : typeof cell === 'string' ? cell : String(cell) };
    case 'date':
      if (cell instanceof Date) return { ok: true, value: isoDate(cell) };
      // Strings are kept as typed; the format's own check names what a date must look like.
      return typeof cell === 'string' ? { ok: true, value: cell.trim() } : { ok: false, message: 'must be a date like 2026-06-30' };
    case 'number':
      return decodeNumber(cell!);
    case 'boolean':
      return decodeBoolean(cell!);
    case 'list':
      if (typeof cell === 'number') return { ok: true, value: [String(cell)] };
      if (typeof cell !== 'string') return { ok: false, message: 'must be names separated by semicolons' };
      return { ok: true, value: cell.split(';').map((name) => name.trim()).filter((name) => name !== '') };
    case 'json':
      if (typeof cell !== 'string') return { ok: true, value: cell instanceof Date ? isoDate(cell) : cell };
      try {
        return { ok: true, value: JSON.parse(cell) };
      } catch (error) {
        return { ok: false, message: `is not valid JSON (${(error as Error).message})` };
      }
  }
}

/** Empty, or only spaces: what a person sees as a blank cell. */
export function isEmptyCell(cell: CellValue): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

// Numbers typed as text ("48.2", "840,000") are common in sheets copied from elsewhere.
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

function decodeNumber(cell: Exclude<CellValue, null>): DecodedCell {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, message: 'must be a number' };
  if (typeof cell === 'string' && NUMBER_TEXT.test(cell.trim())) return { ok: true, value: Number(cell.trim().replace(/,/g, '')) };
  return { ok: false, message: `must be a number, not ${describe(cell)}` };
}

const YES = new Set(['yes', 'y', 'true', 'x', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

function decodeBoolean(cell: Exclude<CellValue, null>): DecodedCell {
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  const word = String(cell).trim().toLowerCase();
  if (YES.has(word)) return { ok: true, value: true };
  if (NO.has(word)) return { ok: true, value: false };
  return { ok: false, message: `must be yes or no, not ${describe(cell)}` };
}

function describe(cell: Exclude<CellValue, null>): string {
  if (cell instanceof Date) return `the date ${isoDate(cell)}`;
  const text = String(cell);
  return `"${text.length > 40 ? text.slice(0, 40) + '...' : text}"`;
}

/** Spreadsheet dates carry no time zone; readers hand them over as midnight UTC. */
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "A" for the first column, "AA" for the 27th. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
