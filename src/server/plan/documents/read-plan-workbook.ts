import ExcelJS from 'exceljs';
import { AppError } from '../../errors.js';
import { assertWorkbookUnpacksSmall } from './check-workbook-size.js';
import type { CellValue } from '../../../core/plan/documents/sheet-cells.js';
import type { SheetIn } from '../../../core/plan/documents/sheet-grid.js';

/**
 * The sheets of an uploaded .xlsx as plain cells: formulas give their results, rich text and
 * links their text, error cells their code ("#N/A", which no column accepts as a number).
 */
export async function readPlanWorkbook(bytes: Buffer): Promise<SheetIn[]> {
  assertWorkbookUnpacksSmall(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalid_plan', 'The file is not an Excel workbook (.xlsx); nothing was stored', [
      { path: '', message: 'the file could not be read as an .xlsx workbook', code: 'unreadable_workbook' },
    ]);
  }
  return workbook.worksheets.map((worksheet) => {
    const rows: Array<{ number: number; cells: CellValue[] }> = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = plainCell(cell.value);
      });
      rows.push({ number, cells: Array.from(cells, (cell) => cell ?? null) });
    });
    return { name: worksheet.name, rows };
  });
}

function plainCell(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return plainCell(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return plainCell((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}
