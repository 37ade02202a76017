import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../config.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { uploadDataset } from '../../testing/evidence-test-kit.js';

const educationDirectory = path.resolve(projectRoot, '..', 'shared', 'data', 'education');
const hasData = existsSync(educationDirectory);
if (!hasData) console.warn(`Skipping the real datasets test: ${educationDirectory} is absent (../shared/data beside the checkout).`);

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;

beforeAll(async () => {
  if (!hasData) return;
  t = await createTestApp();
  districtId = (await t.factories.organization()).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
});
afterAll(() => t?.close());

/** Uploads a real file with no layout named and no mapping, and returns the dataset once imported. */
async function load(file: string) {
  const content = readFileSync(path.join(educationDirectory, file));
  const res = await uploadDataset(t, districtId, planner.auth, { name: path.basename(file), content });
  expect(res.statusCode, res.body).toBe(201);
  const dataset = json(await t.app.inject({ method: 'GET', url: `/api/datasets/${json(res).id}`, headers: planner.auth }));
  return dataset;
}

const valueOf = async (importId: string, where: { entity_key: string; period: string; group_label: string; metric: string }) =>
  t.ctx.db
    .selectFrom('dataset_rows')
    .select(['value', 'n', 'flag'])
    .where('import_id', '=', importId)
    .where('entity_key', '=', where.entity_key)
    .where('period', '=', where.period)
    .where('group_label', '=', where.group_label)
    .where('metric', '=', where.metric)
    .execute();

describe.skipIf(!hasData)('the three real datasets import with no mapping work', () => {
  it('NYC ELA by school, grade and year: one row a line, "s" kept as suppressed', async () => {
    const dataset = await load('nyc_doe_2013_2023/school-ela-results-2013-2023__1-All.csv.level3_4.SMALL.csv');
    expect(dataset).toMatchObject({ status: 'ready', layout: { ref: 'library:nyc-ela-school-grade' }, rows: 42_343, problem_count: 0 });
    expect(dataset.suppressed).toBeGreaterThanOrEqual(175);
    expect(dataset.periods).toContain('2022-23');
    const importId = dataset.import.id;
    expect(await valueOf(importId, { entity_key: '01M015', period: '2022-23', group_label: 'Grade 3', metric: 'ela_level_3_4' })).toEqual([{ value: 62.5, n: null, flag: 0 }]);
    expect(await valueOf(importId, { entity_key: '01M015', period: '2022-23', group_label: 'All Students', metric: 'ela_level_3_4' })).toEqual([{ value: null, n: null, flag: 1 }]);
    expect(await valueOf(importId, { entity_key: '01M015', period: '2021-22', group_label: 'All Students', metric: 'ela_level_3_4' })).toEqual([{ value: 31.08108139, n: null, flag: 0 }]);
  }, 120_000);

  it('Virginia chronic absenteeism by school and subgroup: the percentage and the count, each a metric', async () => {
    const dataset = await load('virginia_cville_albemarle/chronic_absenteeism_school_subgroup.csv');
    expect(dataset).toMatchObject({ status: 'ready', layout: { ref: 'library:va-chronic-absenteeism-school-subgroup' }, rows: 3_622 * 2, problem_count: 0 });
    const rows = await t.ctx.db
      .selectFrom('dataset_rows')
      .select(['metric', 'value'])
      .where('import_id', '=', dataset.import.id)
      .where('period', '=', '2016-17')
      .where('group_label', '=', 'Hispanic')
      .where('entity_key', '=', 'agnor-hurt elementary')
      .orderBy('metric')
      .execute();
    expect(rows.map((row) => row.value).sort()).toEqual([11, 8.7].sort());
  }, 120_000);

  it('Georgia discipline by school and subgroup: "All Schools" rows are the district\'s', async () => {
    const dataset = await load('georgia_discipline/discipline_by_subgroup.csv');
    expect(dataset).toMatchObject({ status: 'ready', layout: { ref: 'library:ga-discipline-subgroup' }, problem_count: 0 });
    expect(dataset.rows).toBe(26_083 * 3);
    expect(dataset.entities.district).toBeGreaterThan(0);
    const rows = await t.ctx.db
      .selectFrom('dataset_rows')
      .select(['metric', 'value'])
      .where('import_id', '=', dataset.import.id)
      .where('group_label', '=', 'Students with Disability')
      .where('entity_key', '=', 'ALL SCHOOL SYSTEMS – ALL SCHOOLS')
      .orderBy('metric')
      .execute();
    expect(rows).toEqual([
      { metric: 'discipline_representation_gap', value: 8.5 },
      { metric: 'share_of_disciplined_students', value: 21.6 },
      { metric: 'share_of_enrollment', value: 13.1 },
    ]);
  }, 120_000);
});
