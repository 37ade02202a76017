import { describe, expect, it } from 'vitest';
import { everyFieldPlan } from '../format/fixtures/every-field-plan.js';
import { validatePlanDocument } from '../format/validate-plan-document.js';
import { locateSheetProblems } from './locate-sheet-problems.js';
import { planToSheets } from './plan-to-sheets.js';
import type { CellValue } from './sheet-cells.js';
import type { SheetIn, SheetOut } from './sheet-grid.js';
import { sheetsToPlan } from './sheets-to-plan.js';

/** What a spreadsheet keeps of a written sheet: the header row, then the rows that hold something. */
function asRead(sheets: SheetOut[]): SheetIn[] {
  return sheets.map((sheet) => ({
    name: sheet.name,
    rows: [{ number: 1, cells: sheet.headers }, ...sheet.rows.map((cells, i) => ({ number: i + 2, cells }))].filter((row) => row.cells.some((c) => c !== null)),
  }));
}

function readBack(sheets: SheetIn[]) {
  const reading = sheetsToPlan(sheets);
  const validation = validatePlanDocument(reading.document);
  return { ...reading, validation, located: locateSheetProblems(reading.problems, validation.ok ? [] : validation.problems, reading.sources) };
}

function edit(sheets: SheetIn[], name: string, row: number, header: string, value: CellValue): SheetIn[] {
  return sheets.map((sheet) => {
    if (sheet.name !== name) return sheet;
    const column = sheet.rows[0]!.cells.indexOf(header);
    return { ...sheet, rows: sheet.rows.map((r) => (r.number === row ? { ...r, cells: r.cells.map((c, i) => (i === column ? value : c)) } : r)) };
  });
}

describe('plan workbook layout', () => {
  it('reads back exactly the document it was written from', () => {
    const { validation, located } = readBack(asRead(planToSheets(everyFieldPlan)));
    expect(located).toEqual([]);
    expect(validation.ok && validation.document).toEqual(everyFieldPlan);
  });

  it('keeps what no column can hold in the More (JSON) column', () => {
    const measures = planToSheets(everyFieldPlan).find((s) => s.name === 'Measures')!;
    const emptyTargets = measures.rows.find((row) => row[1] === 'P1.V2')!;
    expect(JSON.parse(emptyTargets.at(-1) as string)).toEqual({ targets: [] });
    const budget = planToSheets(everyFieldPlan).find((s) => s.name === 'Budget')!;
    expect(JSON.parse(budget.rows[1]!.at(-1) as string)).toEqual({ amount: null });
  });

  it('names the cell of a problem of the format, in words a person reads', () => {
    const sheets = edit(asRead(planToSheets(everyFieldPlan)), 'Measures', 2, 'Unit', 'percentage');
    expect(readBack(sheets).located).toEqual([{ path: 'Measures!E2', message: expect.stringMatching(/^unit must be one of percent, percentage_points, count/) }]);
  });

  it('names the cell of text in a number column, with where the wording goes', () => {
    const sheets = edit(asRead(planToSheets(everyFieldPlan)), 'Targets & actuals', 3, 'Value', 'TBD');
    expect(readBack(sheets).located).toEqual([{ path: 'Targets & actuals!F3', message: expect.stringMatching(/^value must be a number, not "TBD"; wording .* Raw column/) }]);
  });

  it('names a parent key that names nothing, and a duplicate key with both cells', () => {
    let sheets = edit(asRead(planToSheets(everyFieldPlan)), 'Actions', 2, 'Strategy key', 'P9.I9');
    sheets = edit(sheets, 'Goals', 5, 'Key', 'P1');
    expect(readBack(sheets).located).toEqual([
      { path: 'Goals!A5', message: 'the key "P1" is already used at Goals!A2' },
      { path: 'Actions!A2', message: '"P9.I9" is not the key of a strategy on the Strategies sheet' },
    ]);
  });

  it('reads numbers typed as text, dates typed as dates and yes/no words', () => {
    let sheets = edit(asRead(planToSheets(everyFieldPlan)), 'Budget', 2, 'Amount', '125,000.5');
    sheets = edit(sheets, 'Actions', 2, 'Start', new Date(Date.UTC(2025, 7, 1)));
    sheets = edit(sheets, 'Milestones', 2, 'Done', 'yes');
    const { validation } = readBack(sheets);
    expect(validation.ok && validation.document).toEqual(everyFieldPlan);
  });
});

describe('plan workbook layout, Plan sheet', () => {
  const withoutRow = (label: string) =>
    asRead(planToSheets(everyFieldPlan)).map((sheet) => (sheet.name === 'Plan' ? { ...sheet, rows: sheet.rows.filter((r) => r.cells[0] !== label) } : sheet));

  it('names a required row that was deleted', () => {
    expect(readBack(withoutRow('Organization kind')).located).toEqual([{ path: 'Plan', message: expect.stringMatching(/^the "Organization kind" row must be one of district, school, /) }]);
  });

  it('reads a Plan sheet whose header row was deleted', () => {
    const sheets = withoutRow('Field').map((sheet) => (sheet.name === 'Plan' ? { ...sheet, rows: sheet.rows.map((r) => ({ ...r, number: r.number - 1 })) } : sheet));
    const { validation } = readBack(sheets);
    expect(validation.ok && validation.document).toEqual(everyFieldPlan);
  });

  it('refuses an unknown field and an unknown sheet, naming them', () => {
    const sheets = asRead(planToSheets(everyFieldPlan));
    const plan = sheets[0]!;
    const extra: SheetIn[] = [{ ...plan, rows: [...plan.rows.slice(0, 3), { number: 99, cells: ['Superintendent', 'Dr. Lee'] }] }, ...sheets.slice(1), { name: 'Notes', rows: [{ number: 1, cells: ['hello'] }] }];
    expect(readBack(extra).located).toEqual(
      expect.arrayContaining([
        { path: 'Plan!A99', message: '"Superintendent" is not a field of the Plan sheet' },
        { path: 'Notes!A1', message: expect.stringContaining('"Notes" is not a sheet of a plan workbook') },
      ]),
    );
  });
});
