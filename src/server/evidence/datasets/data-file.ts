import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';

/** The two kinds of file a dataset reads; an old binary .xls or a PDF is neither. */
export type DataFileKind = 'csv' | 'xlsx';

/** One row of the file: its cells as text, its 1-based line (as a spreadsheet numbers it) and how far into the file it ends. */
export interface FileRow {
  cells: string[];
  line: number;
  bytes: number;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * What a file is, from its first bytes rather than its name (a ".csv" saved by Excel as a workbook
 * is a workbook): a zip is an XLSX, text without NUL bytes is CSV, anything else is refused.
 */
export function kindOfFile(head: Buffer): DataFileKind | null {
  if (head.length >= 4 && ZIP_MAGIC.every((byte, index) => head[index] === byte)) return 'xlsx';
  const sample = head.subarray(0, 8192);
  if (sample.includes(0)) return null;
  // Mostly printable text: a PDF or an image has many control bytes.
  let control = 0;
  for (const byte of sample) if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  return control <= sample.length / 100 ? 'csv' : null;
}

/**
 * The delimiter of a CSV from its first lines: the one of , ; tab | that splits every line the
 * same number of times (outside quotes), the comma when nothing says otherwise. Files exported
 * by European Excel use ";", some state portals tabs.
 */
export function sniffDelimiter(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, 20);
  let best = ',';
  let bestScore = 0;
  for (const delimiter of [',', ';', '\t', '|']) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const nonZero = counts.filter((count) => count > 0);
    if (nonZero.length === 0) continue;
    // Lines that agree with the commonest count, times that count: titles above the header lower it only a little.
    const common = mode(nonZero);
    const score = counts.filter((count) => count === common).length * Math.log2(common + 1);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count += 1;
  }
  return count;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}

/**
 * A CSV record that holds a quote, read character by character from `start`: quoted fields may
 * hold the delimiter, "" and line breaks; a quote inside an unquoted field is kept as written.
 * Null when the text ends inside the record and more is to come.
 */
function quotedRecord(data: string, start: number, delimiter: string, isLast: boolean): { cells: string[]; end: number } | null {
  const cells: string[] = [];
  let cell = '';
  let isQuoted = false;
  let atCellStart = true;
  for (let index = start; index < data.length; ) {
    const char = data[index]!;
    if (isQuoted) {
      if (char === '"') {
        if (index + 1 >= data.length && !isLast) return null;
        if (data[index + 1] === '"') {
          cell += '"';
          index += 2;
          continue;
        }
        isQuoted = false;
        index += 1;
        continue;
      }
      cell += char;
      index += 1;
      continue;
    }
    if (char === '"' && atCellStart) {
      isQuoted = true;
      atCellStart = false;
      index += 1;
      continue;
    }
    if (char === delimiter) {
      cells.push(cell);
      cell = '';
      atCellStart = true;
      index += 1;
      continue;
    }
    if (char === '\n' || char === '\r') {
      if (char === '\r' && index + 1 >= data.length && !isLast) return null;
      cells.push(cell);
      return { cells, end: char === '\r' && data[index + 1] === '\n' ? index + 2 : index + 1 };
    }
    cell += char;
    atCellStart = false;
    index += 1;
  }
  if (!isLast) return null;
  cells.push(cell);
  return { cells, end: data.length };
}

/**
 * Splits CSV text given in pieces into records. A line without a quote (nearly every line of a
 * state file) is split by String.split, which is what makes a million-line file take a second or
 * two rather than the twenty csv-parse took with line numbers on (measured: bench/scenarios/
 * dataset-import.mjs); a line with a quote goes through quotedRecord.
 */
export class CsvSplitter {
  private rest = '';
  private records = 0;
  private isFirst = true;

  constructor(private readonly delimiter: string) {}

  /** The complete records of the text so far; `bytesBefore`/`bytesAfter` place each in the file for progress. */
  push(text: string, isLast: boolean, bytesBefore: number, bytesAfter: number): FileRow[] {
    let data = this.rest + text;
    if (this.isFirst && data.length > 0) {
      if (data.charCodeAt(0) === 0xfeff) data = data.slice(1);
      this.isFirst = false;
    }
    const rows: FileRow[] = [];
    const scale = data.length > 0 ? (bytesAfter - bytesBefore) / data.length : 0;
    let position = 0;
    // The next quote, found once and again only when passed: searching from every line would scan to the end each time.
    let quote = data.indexOf('"');
    while (position < data.length) {
      const newline = data.indexOf('\n', position);
      if (newline === -1 && !isLast) break;
      const lineEnd = newline === -1 ? data.length : newline;
      if (quote !== -1 && quote < position) quote = data.indexOf('"', position);
      let cells: string[];
      let end: number;
      if (quote === -1 || quote > lineEnd) {
        const line = data.charCodeAt(lineEnd - 1) === 13 ? data.slice(position, lineEnd - 1) : data.slice(position, lineEnd);
        cells = line.split(this.delimiter);
        end = lineEnd + 1;
      } else {
        const record = quotedRecord(data, position, this.delimiter, isLast);
        if (!record) break;
        ({ cells, end } = record);
      }
      this.records += 1;
      rows.push({ cells, line: this.records, bytes: Math.round(bytesBefore + end * scale) });
      position = end;
    }
    this.rest = data.slice(position);
    return rows;
  }
}

/** The rows of a CSV read from chunks of bytes, in batches (a 1,000,000-row file is never held whole). */
export async function* readCsvRows(chunks: AsyncIterable<Buffer>, delimiter: string): AsyncGenerator<FileRow[]> {
  const decoder = new StringDecoder('utf8');
  const splitter = new CsvSplitter(delimiter);
  let bytes = 0;
  for await (const chunk of chunks) {
    const rows = splitter.push(decoder.write(chunk), false, bytes, bytes + chunk.length);
    bytes += chunk.length;
    if (rows.length > 0) yield rows;
  }
  const rows = splitter.push(decoder.end(), true, bytes, bytes);
  if (rows.length > 0) yield rows;
}

/** A workbook's sheet names, in order, and the rows of one sheet (the first when none is named). */
export interface Workbook {
  sheets: string[];
  rowsOf(sheet: string | undefined): FileRow[] | null;
}

/**
 * Reads a whole XLSX. Workbooks from state portals are a few megabytes; the file is held whole once
 * here (CSV, the large case, streams). Rows keep their spreadsheet numbers, empty rows included.
 */
export async function readWorkbook(content: Buffer): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  return {
    sheets,
    rowsOf(name) {
      const sheet = name === undefined ? workbook.worksheets[0] : workbook.worksheets.find((candidate) => candidate.name === name);
      if (!sheet) return null;
      const rows: FileRow[] = [];
      const total = Math.max(1, sheet.rowCount);
      sheet.eachRow({ includeEmpty: true }, (row, line) => {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cells[column - 1] = cellText(cell.value);
        });
        for (let index = 0; index < cells.length; index += 1) cells[index] ??= '';
        rows.push({ cells, line, bytes: Math.round((content.length * line) / total) });
      });
      return rows;
    },
  };
}

/** A cell as the spreadsheet shows it: numbers unformatted, formulas by their result, errors by their code (#VALUE!). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('error' in value) return String(value.error);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  }
  return String(value);
}
