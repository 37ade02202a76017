import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';
import { XLSX_CONTENT_TYPE } from '../../plan/documents/write-plan-workbook.js';
import { importAdoptedPlan } from '../../testing/monitoring-test-kit.js';

let t: TestApp;
let districtId: string;
type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let planner: Person;
let viewer: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Cedar Falls Schools' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
});
afterAll(() => t.close());

const postActuals = (planId: string, rows: unknown) => t.app.inject({ method: 'POST', url: `/api/plans/${planId}/actuals`, headers: planner.auth, payload: rows as object });
const preview = (planId: string, body: string | Buffer, contentType: string) =>
  t.app.inject({ method: 'POST', url: `/api/plans/${planId}/actuals/preview`, headers: { ...planner.auth, 'content-type': contentType }, payload: body });
const storedActuals = (planId: string) =>
  t.ctx.db.selectFrom('measure_actuals').select(['measure_key', 'period_label', 'period_ends_on', 'subgroup', 'value', 'n']).where('plan_id', '=', planId).orderBy('measure_key').orderBy('period_label').orderBy('subgroup').execute();
const exportOf = async (planId: string) => json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/export`, headers: viewer.auth }));

describe('posting actuals in bulk', () => {
  it("takes student groups from the district's list: another name joins the group as the measure writes it, a typo is refused and nothing is stored", async () => {
    const planId = await importAdoptedPlan(t, districtId, planner);
    expect((await postActuals(planId, [{ measure_key: 'G1.M1', period: '2020-21', subgroup: 'English learners', value: 30, n: 120 }])).statusCode).toBe(200);
    const typo = await postActuals(planId, [
      { measure_key: 'G1.M1', period: '2021-22', subgroup: 'ELL', value: 33, n: 118 },
      { measure_key: 'G1.M1', period: '2021-22', subgroup: 'Hispnic', value: 41, n: 300 },
    ]);
    expect(typo.statusCode).toBe(400);
    expect(json(typo).error.details).toEqual([expect.objectContaining({ path: '/1/subgroup', message: expect.stringContaining("not a student group of the district's list") })]);
    expect((await storedActuals(planId)).map((row) => row.period_label)).toEqual(['2020-21']);

    expect((await postActuals(planId, [{ measure_key: 'G1.M1', period: '2021-22', subgroup: 'ELL', value: 33, n: 118 }])).statusCode).toBe(200);
    expect((await storedActuals(planId)).map((row) => [row.period_label, row.subgroup])).toEqual([
      ['2020-21', 'English learners'],
      ['2021-22', 'English learners'],
    ]);
  });

  it('stores the values, one bulk revision per measure and period, and an audit event, in one go', async () => {
    const planId = await importAdoptedPlan(t, districtId, planner);
    const res = await postActuals(planId, [
      { measure_key: 'G1.M1', period: '2020-21', value: 43, n: 800 },
      { measure_key: 'G1.M1', period: '2020-21', subgroup: 'English learners', value: 30, n: 120 },
      // The plan's own labels and the calendar's are both accepted; "All students" is the empty group.
      { measure_key: 'G1.M1', period: '2021-22', subgroup: 'All students', value: 47 },
      { measure_key: 'G2.M1', period: '2023-24', subgroup: null, value: null },
    ]);
    expect(res.statusCode).toBe(200);
    expect(json(res)).toEqual({ applied: 4, measures: 2 });
    expect(await storedActuals(planId)).toEqual([
      { measure_key: 'G1.M1', period_label: '2020-21', period_ends_on: '2021-06-30', subgroup: '', value: 43, n: 800 },
      { measure_key: 'G1.M1', period_label: '2020-21', period_ends_on: '2021-06-30', subgroup: 'English learners', value: 30, n: 120 },
      { measure_key: 'G1.M1', period_label: '2021-22', period_ends_on: '2022-06-30', subgroup: '', value: 47, n: null },
      { measure_key: 'G2.M1', period_label: '2023-24', period_ends_on: '2024-06-30', subgroup: '', value: null, n: null },
    ]);
    const updates = await t.ctx.db.selectFrom('element_updates').select(['element_key', 'period_label', 'revision', 'source', 'posted_values']).where('plan_id', '=', planId).orderBy('element_key').orderBy('period_label').execute();
    expect(updates).toEqual([
      { element_key: 'G1.M1', period_label: '2020-21', revision: 1, source: 'bulk', posted_values: [{ subgroup: null, value: 43, n: 800 }, { subgroup: 'English learners', value: 30, n: 120 }] },
      { element_key: 'G1.M1', period_label: '2021-22', revision: 1, source: 'bulk', posted_values: [{ subgroup: null, value: 47, n: null }] },
      { element_key: 'G2.M1', period_label: '2023-24', revision: 1, source: 'bulk', posted_values: [{ subgroup: null, value: null, n: null }] },
    ]);

    // A second upload of a period is its next revision; the current value is replaced, history stays.
    await postActuals(planId, [{ measure_key: 'G1.M1', period: '2020-21', value: 44, n: 805 }]);
    const revisions = await t.ctx.db.selectFrom('element_updates').select(['revision', 'correction_note']).where('plan_id', '=', planId).where('element_key', '=', 'G1.M1').where('period_label', '=', '2020-21').orderBy('revision').execute();
    expect(revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(revisions[1]!.correction_note).toBeTruthy();
    expect((await storedActuals(planId)).filter((r) => r.period_label === '2020-21').map((r) => r.value)).toEqual([44, 30]);
    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'after']).where('entity_id', '=', planId).where('action', '=', 'plan.actuals_posted').execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]!.after).toMatchObject({ rows: 4, measures: ['G1.M1', 'G2.M1'] });
  });

  it('stores nothing when one row is bad, and names every bad row and field', async () => {
    const planId = await importAdoptedPlan(t, districtId, planner);
    const res = await postActuals(planId, [
      { measure_key: 'G1.M1', period: '2020-21', value: 43 },
      { measure_key: 'G1.S1', period: '2020-21', value: 43 },
      { measure_key: 'G1.M2', period: '2031-32', value: 91 },
      { measure_key: 'G1.M1', period: '2020-21', value: 44 },
    ]);
    expect(res.statusCode).toBe(400);
    const { error } = json(res);
    expect(error.code).toBe('invalid_input');
    expect(error.details).toEqual([
      { path: '/1/measure_key', message: 'is not a measure of this plan', code: 'not_in_this_plan' },
      {
        path: '/2/period',
        message: expect.stringMatching(/^is not a reporting period of G1\.M2; use one of its periods, such as 2020-21, 2021-22/),
        code: 'not_a_reporting_period',
        params: { periods: expect.stringMatching(/^2020-21, 2021-22/) },
      },
      { path: '/3/subgroup', message: 'repeats row 0: the same measure, period and group', code: 'duplicate' },
    ]);
    expect(await storedActuals(planId)).toEqual([]);
    expect(await t.ctx.db.selectFrom('element_updates').select('id').where('plan_id', '=', planId).execute()).toEqual([]);

    const badTypes = await postActuals(planId, [{ measure_key: 'G1.M1', period: '2020-21', value: 43 }, { measure_key: 'G1.M1', period: '2021-22', value: 'high', n: -1 }]);
    expect(json(badTypes).error.details.map((d: any) => d.path)).toEqual(['/1/value', '/1/n']);
    expect((await postActuals(planId, [])).statusCode).toBe(400);
    expect(await storedActuals(planId)).toEqual([]);
  });
});

describe('previewing a file of actuals', () => {
  it('reads a CSV, says what would change and names the row and column of each problem, storing nothing', async () => {
    const planId = await importAdoptedPlan(t, districtId, planner);
    await postActuals(planId, [{ measure_key: 'G1.M1', period: '2020-21', value: 43, n: 800 }]);
    const csv = [
      'measure_key,period,subgroup,value,n',
      'G1.M1,2020-21,,43,800',
      'G1.M1,2020-21,English learners,"30.5",120',
      '',
      'G1.M2,2020-21,,91%,',
      'G1.M1,2021-22,,lots,',
      'NOPE,2020-21,,1,',
      'G1.M2,2021-22,,92,3.5',
    ].join('\r\n');
    const res = await preview(planId, csv, 'text/csv');
    expect(res.statusCode).toBe(200);
    expect(json(res)).toEqual({
      rows: [
        { row: 2, measureKey: 'G1.M1', period: '2020-21', subgroup: null, value: 43, n: 800, change: 'same', previous: 43 },
        { row: 3, measureKey: 'G1.M1', period: '2020-21', subgroup: 'English learners', value: 30.5, n: 120, change: 'new', previous: null },
        { row: 5, measureKey: 'G1.M2', period: '2020-21', subgroup: null, value: 91, n: null, change: 'new', previous: null },
      ],
      errors: [
        { row: 6, column: 'value', message: 'must be a number, or empty for no value' },
        { row: 7, column: 'measure_key', message: 'is not a measure of this plan' },
        { row: 8, column: 'n', message: 'must be a whole number of students, 0 or more, or empty' },
      ],
    });
    expect(await storedActuals(planId)).toHaveLength(1);

    const noHeader = json(await preview(planId, 'G1.M1,2020-21,,43,800\n', 'text/csv'));
    expect(noHeader.errors.map((e: any) => e.column)).toEqual(['measure_key', 'period', 'value']);
  });

  it('reads an XLSX the same way, with the rows of the sheet', async () => {
    const planId = await importAdoptedPlan(t, districtId, planner);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['Measure_Key', 'Period', 'Subgroup', 'Value', 'N']);
    sheet.addRow(['G1.M1', '2020-21', 'Hispanic', 44.2, 310]);
    sheet.addRow(['G1.M1', '2099-00', null, 44, null]);
    sheet.addRow(['G2.M1', 2024, null, 3, null]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const body = json(await preview(planId, bytes, XLSX_CONTENT_TYPE));
    // "Hispanic" is another name of a group on the district's list, which the measure does not write yet: it is stored as the list writes it.
    expect(body.rows).toEqual([{ row: 2, measureKey: 'G1.M1', period: '2020-21', subgroup: 'Hispanic or Latino', value: 44.2, n: 310, change: 'new', previous: null }]);
    expect(body.errors).toEqual([
      { row: 3, column: 'period', message: expect.stringContaining('is not a reporting period of G1.M1') },
      { row: 4, column: 'period', message: expect.stringContaining('is not a reporting period of G2.M1') },
    ]);
    const broken = await preview(planId, Buffer.from('not a workbook'), XLSX_CONTENT_TYPE);
    expect(broken.statusCode).toBe(400);
    expect(await storedActuals(planId)).toEqual([]);
  });
});

describe('downloads and the plan export', () => {
  it("writes every measure's baseline, targets and actuals as CSV and XLSX, and the CSV uploads back unchanged", async () => {
    const planId = await importAdoptedPlan(t, districtId, planner);
    await postActuals(planId, [{ measure_key: 'G1.M1', period: '2020-21', subgroup: 'English learners', value: 30, n: 120 }]);
    const csv = await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/actuals.csv`, headers: viewer.auth });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('actuals.csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('goal_key,measure_key,measure,kind,period,subgroup,value,n');
    expect(lines).toContain('G1,G1.M1,Grade 3 reading proficiency,baseline,2019-20,,40,');
    expect(lines).toContain('G1,G1.M1,Grade 3 reading proficiency,target,2023-24,English learners,45,');
    expect(lines).toContain('G1,G1.M1,Grade 3 reading proficiency,actual,2020-21,English learners,30,120');
    expect(lines).toContain('G2,G2.M1,Reserve months,target,2023-24,,2,');

    const back = json(await preview(planId, csv.body, 'text/csv'));
    expect(back).toEqual({ rows: [expect.objectContaining({ measureKey: 'G1.M1', change: 'same', previous: 30 })], errors: [] });

    const xlsx = await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/actuals.xlsx`, headers: viewer.auth });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Actuals')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'goal_key', 'measure_key', 'measure', 'kind', 'period', 'subgroup', 'value', 'n']);
    expect(sheet.rowCount).toBe(lines.length);
  });

  it('merges posted actuals and reported action progress into the strategic-plan/v1 export', async () => {
    const document = structuredClone(everyFieldPlan);
    document.plan.status = 'draft';
    delete document.plan.adopted;
    const planId = await importAdoptedPlan(t, districtId, planner, document);
    const before = await exportOf(planId);
    const res = await postActuals(planId, [
      { measure_key: 'P1.V1', period: 'SY25-26', value: 44.5, n: 801 },
      { measure_key: 'P1.V1', period: 'SY25-26', subgroup: 'Hispanic', value: 38, n: 150 },
    ]);
    expect(res.statusCode).toBe(200);
    await t.ctx.db
      .insertInto('element_updates')
      .values({ plan_id: planId, organization_id: districtId, element_key: 'P1.I1.T2', element_kind: 'action', period_label: '2026-06', revision: 1, posted_values: '[]', action_status: 'on_track', percent_complete: 40, source: 'app', author_label: 'someone' })
      .execute();

    const after = await exportOf(planId);
    const measure = after.plan.goals[0].measures[0];
    // The posted value replaces the imported one of its period in place; a new group is appended.
    expect(measure.actuals).toEqual([
      { period: { label: 'SY25-26', ends_on: '2026-06-30' }, value: 44.5, n: 801 },
      before.plan.goals[0].measures[0].actuals[1],
      before.plan.goals[0].measures[0].actuals[2],
      { period: { label: 'SY25-26', ends_on: '2026-06-30' }, value: 38, subgroup: 'Hispanic or Latino', n: 150 },
    ]);
    expect(after.plan.goals[0].strategies[0].actions[1]).toMatchObject({ key: 'P1.I1.T2', status: 'on_track', percent_complete: 40 });
    // Everything else is exactly as imported.
    after.plan.goals[0].measures[0].actuals = before.plan.goals[0].measures[0].actuals;
    after.plan.goals[0].strategies[0].actions[1] = before.plan.goals[0].strategies[0].actions[1];
    expect(after).toEqual(before);
  });
});
