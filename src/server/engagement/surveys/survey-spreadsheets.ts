import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | null;
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * RFC 4180 CSV with a byte-order mark so Excel reads UTF-8. Text a spreadsheet would run as a
 * formula (=, +, -, @, tab, carriage return first) gets a leading apostrophe, as actuals.csv does:
 * a respondent's "=HYPERLINK(...)" must stay words.
 */
export function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
  const guard = (value: Cell) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value ?? '');
  return stringify([header.map(guard), ...rows.map((row) => row.map(guard))], { bom: true, record_delimiter: 'windows' });
}

/** One sheet of rows with a bold, frozen, filterable header; more sheets (such as the questions' words) after it. */
export async function toWorkbook(title: string, sheets: Array<{ name: string; header: readonly string[]; rows: readonly Cell[][]; widths?: number[] }>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Waymark';
  workbook.title = title;
  for (const { name, header, rows, widths } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    header.forEach((_, i) => {
      sheet.getColumn(i + 1).width = widths?.[i] ?? 16;
    });
    sheet.addRow([...header]).font = { bold: true };
    // Strings stay strings in a workbook: exceljs writes them as text, never as formulas.
    for (const row of rows) sheet.addRow(row.map((value) => value ?? ''));
    if (header.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
