import ExcelJS from 'exceljs';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import { planToSheets } from '../../../core/plan/documents/plan-to-sheets.js';
import type { SheetOut } from '../../../core/plan/documents/sheet-grid.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E7EB' } };
// A font without a name falls back to the application's default, a serif in LibreOffice.
const BOLD: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, bold: true };

/**
 * The plan as an .xlsx workbook in the layout of plan-sheet-layout.ts: headers on row 1,
 * frozen and filterable, columns wide enough to read. readPlanWorkbook reads it back.
 */
export async function writePlanWorkbook(document: PlanDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Waymark';
  workbook.title = document.plan.title;
  for (const sheet of planToSheets(document)) writeSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetOut) {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.widths.forEach((width, i) => {
    const column = worksheet.getColumn(i + 1);
    column.width = width;
    column.alignment = { vertical: 'top', wrapText: width >= 30 };
    // Text format keeps Excel from turning a typed "2026-06-30" or "1.10" into a date or number.
    if (sheet.types[i] !== 'number' && sheet.types[i] !== 'boolean') column.numFmt = '@';
  });
  const header = worksheet.addRow(sheet.headers);
  header.font = BOLD;
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const cells of sheet.rows) worksheet.addRow(cells);
  for (const index of sheet.headingRows) worksheet.getRow(index + 2).font = BOLD;
  if (sheet.headingRows.length === 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.headers.length } };
}
