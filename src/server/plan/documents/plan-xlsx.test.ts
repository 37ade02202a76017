import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { hasSharedSpec, missingSharedSpec, readSpecExample } from '../../testing/shared-spec.js';
import { XLSX_CONTENT_TYPE } from './write-plan-workbook.js';

let t: TestApp;
let districtId: string;
let planner: Awaited<ReturnType<TestApp['factories']['user']>>;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization()).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
});
afterAll(() => t.close());

async function importJson(document: unknown): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans/import`, headers: planner.auth, payload: document as object });
  expect(res.statusCode, res.body).toBe(201);
  return json(res).id;
}

async function exportXlsx(planId: string): Promise<Buffer> {
  const res = await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/export.xlsx`, headers: planner.auth });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
  return res.rawPayload;
}

const importXlsx = (bytes: Buffer, headers: Record<string, string> = planner.auth) =>
  t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans/import.xlsx`, headers: { ...headers, 'content-type': XLSX_CONTENT_TYPE }, payload: bytes });

async function exportJson(planId: string) {
  return json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/export`, headers: planner.auth }));
}

async function roundTrip(document: unknown) {
  const res = await importXlsx(await exportXlsx(await importJson(document)));
  expect(res.statusCode, res.body).toBe(201);
  return exportJson(json(res).id);
}

/** Opens the workbook, changes what `edit` changes, and saves it as Excel would. */
async function editWorkbook(bytes: Buffer, edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const planCount = async () => (await t.ctx.db.selectFrom('plans').select('id').where('organization_id', '=', districtId).execute()).length;

describe('plan workbook (.xlsx)', () => {
  it('round-trips the every-field plan: export.xlsx, import.xlsx, export JSON equals the document', async () => {
    expect(await roundTrip(everyFieldPlan)).toEqual(everyFieldPlan);
  });

  it('round-trips text a spreadsheet finds awkward: edge spaces, line breaks, formulas, emoji, control characters', async () => {
    const awkward = structuredClone(everyFieldPlan);
    const goal = awkward.plan.goals[0]!;
    goal.title = '  Early literacy  ';
    goal.description = 'Pasted from Word:\u000bwith a vertical tab';
    goal.rationale = '=SUM(A1:A9) is not a formula here';
    goal.measures![0]!.targets![0]!.note = 'line one\r\nline two 📚';
    goal.strategies![0]!.actions![0]!.contributors = ['Principals; and coaches', ' Union'];
    awkward.plan.mission = '0042';
    expect(await roundTrip(awkward)).toEqual(awkward);
  });

  it.skipIf(!hasSharedSpec)(`round-trips the published Riverbend example${hasSharedSpec ? '' : ` (skipped: ${missingSharedSpec})`}`, async () => {
    const riverbend = readSpecExample('riverbend-2026-2031.json');
    expect(await roundTrip(riverbend)).toEqual(riverbend);
  });

  it('lays out one sheet per level, headers on a frozen row 1', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportXlsx(await importJson(everyFieldPlan))) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Plan', 'Goals', 'Measures', 'Targets & actuals', 'Strategies', 'Budget', 'Decision rights', 'Actions', 'Milestones']);
    const values = workbook.getWorksheet('Targets & actuals')!;
    expect(values.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(values.getRow(1).values).toEqual([undefined, 'Measure key', 'Type', 'Period', 'Ends on', 'Subgroup', 'Value', 'Raw', 'n', 'Note', 'More (JSON)']);
    expect(values.getRow(2).values).toEqual([undefined, 'P1.V1', 'baseline', 'SY24-25', '2025-06-30', undefined, 41.3, undefined, 812, 'first year of the new test']);
    expect(workbook.getWorksheet('Goals')!.getColumn(4).width).toBeGreaterThanOrEqual(40);
  });

  it('names the sheet, row and column of every problem, and stores nothing', async () => {
    const before = await planCount();
    const bytes = await editWorkbook(await exportXlsx(await importJson(everyFieldPlan)), (workbook) => {
      workbook.getWorksheet('Measures')!.getCell('E2').value = 'percentage';
      workbook.getWorksheet('Targets & actuals')!.getCell('F3').value = 'TBD';
      workbook.getWorksheet('Actions')!.getCell('J2').value = 'done';
      workbook.getWorksheet('Milestones')!.getCell('A2').value = 'P1.I1.T9';
    });
    const after = await planCount();
    const res = await importXlsx(bytes);
    expect(res.statusCode).toBe(400);
    const error = json(res).error;
    expect(error.code).toBe('invalid_plan');
    expect(error.message).toMatch(/^The workbook has 4 problems; nothing was stored/);
    expect(error.details).toEqual([
      { path: 'Measures!E2', message: expect.stringMatching(/^unit must be one of percent, percentage_points, count, /) },
      { path: 'Targets & actuals!F3', message: expect.stringMatching(/^value must be a number, not "TBD"; .*Raw column/) },
      { path: 'Actions!J2', message: expect.stringMatching(/^status must be one of not_started, on_track, /) },
      { path: 'Milestones!A2', message: '"P1.I1.T9" is not the key of an action on the Actions sheet' },
    ]);
    expect(await planCount()).toBe(after);
    expect(after).toBe(before + 1); // only the plan the test exported from
  });

  it('refuses a file that is not a workbook, storing nothing', async () => {
    const before = await planCount();
    const res = await importXlsx(Buffer.from('this is not a zip file'));
    expect(res.statusCode).toBe(400);
    expect(json(res).error).toMatchObject({ code: 'invalid_plan', details: [{ path: '', message: 'the file could not be read as an .xlsx workbook' }] });
    expect(await planCount()).toBe(before);
  });

  it('refuses a body over 10 MB with 413', async () => {
    const res = await importXlsx(Buffer.alloc(10 * 1024 * 1024 + 1));
    expect(res.statusCode).toBe(413);
    expect(json(res).error.code).toBe('payload_too_large');
  });

  it('lets a viewer download the workbook but not import one; an outsider is told the plan does not exist', async () => {
    const planId = await importJson(everyFieldPlan);
    const bytes = await exportXlsx(planId);
    const viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
    expect((await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/export.xlsx`, headers: viewer.auth })).statusCode).toBe(200);
    expect((await importXlsx(bytes, viewer.auth)).statusCode).toBe(403);
    const elsewhere = await t.factories.organization();
    const outsider = await t.factories.user({ organizationId: elsewhere.id, role: 'administrator' });
    expect((await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/export.xlsx`, headers: outsider.auth })).statusCode).toBe(404);
    expect((await importXlsx(bytes, outsider.auth)).statusCode).toBe(404);
  });
});
