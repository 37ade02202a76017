import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobQueue } from '../../jobs/job-queue.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { replaceDatasetFile, rowsOfDataset, uploadDataset } from '../../testing/evidence-test-kit.js';
import { runDatasetImport } from './run-dataset-import.js';

/** A queue that keeps what is sent until the test runs it: an import can be seen queued, then running. */
function heldJobQueue() {
  const handlers = new Map<string, (data: any) => Promise<void>>();
  const held: Array<{ name: string; data: { importId: string } }> = [];
  const queue: JobQueue = {
    async send(name, data) {
      held.push({ name, data: data as { importId: string } });
    },
    async work(name, handler) {
      handlers.set(name, handler);
    },
    async schedule() {},
    async stop() {},
  };
  return { queue, held, runAll: async () => { for (const job of held.splice(0)) await handlers.get(job.name)?.(job.data); } };
}

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let jobs: ReturnType<typeof heldJobQueue>;
let districtId: string;
let planner: Person;

beforeAll(async () => {
  jobs = heldJobQueue();
  t = await createTestApp({ jobs: jobs.queue });
  districtId = (await t.factories.organization()).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
});
afterAll(() => t.close());

const header = 'school_year,division,school,subgroup,n_students,percent,school_level,school_short';
const vaLine = (school: string, subgroup: string, percent: string) => `2016-2017,ACPS,${school},${subgroup},31,${percent},Elementary,${school.split(' ')[0]}`;
const vaFile = (lines: string[]) => [header, ...lines].join('\n');
const goodLines = ['Agnor-Hurt Elementary', 'Baker-Butler Elementary', 'Brownsville Elementary'].flatMap((school) => [vaLine(school, 'All Students', '6.4'), vaLine(school, 'Hispanic', '<')]);

const getDataset = async (id: string) => json(await t.app.inject({ method: 'GET', url: `/api/datasets/${id}`, headers: planner.auth }));
const cancel = (id: string) => t.app.inject({ method: 'POST', url: `/api/datasets/${id}/cancel`, headers: planner.auth });
const rowCountOf = async (importId: string) => (await t.ctx.db.selectFrom('dataset_rows').select('import_id').where('import_id', '=', importId).execute()).length;

describe('row problems', () => {
  it('fail the whole import with each problem\'s line and column, and store no row of it', async () => {
    const lines = [...goodLines];
    lines.splice(5, 0, vaLine('Broadus Wood Elementary', 'White', 'twelve'));
    const created = json(await uploadDataset(t, districtId, planner.auth, { name: 'va.csv', content: vaFile(lines) }));
    expect(created).toMatchObject({ status: 'importing', layout: { ref: 'library:va-chronic-absenteeism-school-subgroup' }, import: { status: 'queued' } });
    await jobs.runAll();
    const dataset = await getDataset(created.id);
    expect(dataset).toMatchObject({ status: 'failed', rows: 0, problem_count: 1, import: { status: 'failed' } });
    expect(dataset.problems).toEqual([{ line: 7, column: 'percent', message: expect.any(String) }]);
    expect(await rowCountOf(dataset.import.id)).toBe(0);
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', created.id).execute();
    expect(audit.map((row) => row.action)).toContain('dataset.import_failed');
  });
});

describe('cancelling', () => {
  it('a queued import: it never runs, and the dataset says cancelled', async () => {
    const created = json(await uploadDataset(t, districtId, planner.auth, { name: 'va.csv', content: vaFile(goodLines) }));
    const res = await cancel(created.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toMatchObject({ status: 'cancelled', import: { status: 'cancelled' } });
    await jobs.runAll();
    expect(await getDataset(created.id)).toMatchObject({ status: 'cancelled', rows: 0 });
    expect((await cancel(created.id)).statusCode).toBe(409);
  });

  it('a running import stops at its next batch, its rows deleted, and the previous file stays current', async () => {
    const created = json(await uploadDataset(t, districtId, planner.auth, { name: 'va.csv', content: vaFile(goodLines) }));
    await jobs.runAll();
    const first = await getDataset(created.id);
    expect(first).toMatchObject({ status: 'ready', rows: 12, suppressed: 3 });

    const bigger = vaFile(Array.from({ length: 300 }, (_, index) => vaLine(`School ${index} Elementary`, 'All Students', '5')));
    expect((await replaceDatasetFile(t, created.id, planner.auth, { name: 'va-2.csv', content: bigger })).statusCode).toBe(201);
    const [job] = jobs.held.splice(0);
    let batches = 0;
    let progressSeen = 0;
    await runDatasetImport({
      db: t.ctx.db,
      databaseKind: t.ctx.databaseKind,
      importId: job!.data.importId,
      batchRows: 50,
      onBatch: async () => {
        batches += 1;
        if (batches === 2) {
          progressSeen = (await getDataset(created.id)).import.progress;
          expect((await cancel(created.id)).statusCode).toBe(200);
        }
      },
    });
    expect(progressSeen).toBeGreaterThan(0);
    expect(progressSeen).toBeLessThan(1);
    expect(batches).toBeLessThan(6);
    const after = await getDataset(created.id);
    expect(after).toMatchObject({ status: 'ready', rows: 12, import: { status: 'cancelled' } });
    expect(await rowCountOf(job!.data.importId)).toBe(0);
    expect((await rowsOfDataset(t, created.id)).length).toBe(12);
  });
});

describe('an import left running by a process that died', () => {
  it('is failed and its rows deleted when a new file arrives, and a job finding one starts it over', async () => {
    const created = json(await uploadDataset(t, districtId, planner.auth, { name: 'va.csv', content: vaFile(goodLines) }));
    const [job] = jobs.held.splice(0);
    const importId = job!.data.importId;
    // What a crash leaves: 'running', some rows written, nobody running it.
    await t.ctx.db.updateTable('dataset_imports').set({ status: 'running' }).where('id', '=', importId).execute();
    await t.ctx.db.insertInto('dataset_rows').values({ import_id: importId, organization_id: districtId, entity_key: 'x', period: '2016-17', group_label: 'All Students', metric: 'm', value: 1, n: null, flag: 0 }).execute();
    await runDatasetImport({ db: t.ctx.db, databaseKind: t.ctx.databaseKind, importId });
    expect(await getDataset(created.id)).toMatchObject({ status: 'ready', rows: 12 });
    expect((await rowsOfDataset(t, created.id)).some((row) => row.entity_key === 'x')).toBe(false);

    expect((await replaceDatasetFile(t, created.id, planner.auth, { name: 'va-2.csv', content: vaFile(goodLines) })).statusCode).toBe(201);
    const [second] = jobs.held.splice(0);
    await t.ctx.db.updateTable('dataset_imports').set({ status: 'running' }).where('id', '=', second!.data.importId).execute();
    await t.ctx.db.insertInto('dataset_rows').values({ import_id: second!.data.importId, organization_id: districtId, entity_key: 'x', period: '2016-17', group_label: 'All Students', metric: 'm', value: 1, n: null, flag: 0 }).execute();
    expect((await replaceDatasetFile(t, created.id, planner.auth, { name: 'va-3.csv', content: vaFile(goodLines) })).statusCode).toBe(201);
    const stale = await t.ctx.db.selectFrom('dataset_imports').select(['status', 'problems']).where('id', '=', second!.data.importId).executeTakeFirstOrThrow();
    expect(stale.status).toBe('failed');
    expect(await rowCountOf(second!.data.importId)).toBe(0);
    await jobs.runAll();
    expect(await getDataset(created.id)).toMatchObject({ status: 'ready', rows: 12, source: { file_name: 'va-3.csv' } });
  });
});

