import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { longCsv, multipartUpload, replaceDatasetFile, rowsOfDataset, uploadDataset, workbookOf } from '../../testing/evidence-test-kit.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;
let otherAdmin: Person;

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Larch Valley Schools' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  const other = (await t.factories.organization({ name: 'Other Unified' })).id;
  otherAdmin = await t.factories.user({ organizationId: other, role: 'administrator' });
});
afterAll(() => t.close());

const nycCsv = [
  'DBN,School Name,Grade,Year,% Level 3+4',
  '01M015,P.S. 015 ROBERTO CLEMENTE,3,2023,62.5',
  '01M015,P.S. 015 ROBERTO CLEMENTE,4,2023,s',
  '01M015,P.S. 015 ROBERTO CLEMENTE,All Grades,2023,48.1',
  '01M019,P.S. 019 ASHER LEVY,3,2022,71',
].join('\r\n');

const getDataset = async (id: string, who: Person = viewer) => json(await t.app.inject({ method: 'GET', url: `/api/datasets/${id}`, headers: who.auth }));

describe('loading a file a library layout recognises', () => {
  it('imports it at once with no mapping work, keeping suppressed values as suppressed, and reports it', async () => {
    const res = await uploadDataset(t, districtId, planner.auth, { name: 'ela.csv', content: nycCsv });
    expect(res.statusCode, res.body).toBe(201);
    const created = json(res);
    expect(created).toMatchObject({ name: 'ela', layout: { ref: 'library:nyc-ela-school-grade' }, source: { file_name: 'ela.csv', content_type: 'text/csv', loaded_by: { id: planner.id } } });
    const dataset = await getDataset(created.id);
    expect(dataset).toMatchObject({ status: 'ready', rows: 4, suppressed: 1, missing: 0, problem_count: 0, problems: [], periods: ['2021-22', '2022-23'] });
    expect(dataset.import).toMatchObject({ status: 'done', progress: 1, rows_read: 4 });
    expect(dataset.metrics).toEqual([{ key: 'ela_level_3_4', label: expect.stringContaining('ELA'), unit: 'percent' }]);
    expect(dataset.entities).toEqual({ schools: 0, district: 0, unmatched: 2, ignored: 0 });
    const rows = await rowsOfDataset(t, created.id);
    expect(rows).toContainEqual({ entity_key: '01M015', period: '2022-23', group_label: 'Grade 4', metric: 'ela_level_3_4', value: null, n: null, flag: 1 });
    expect(rows).toContainEqual({ entity_key: '01M015', period: '2022-23', group_label: 'All Students', metric: 'ela_level_3_4', value: 48.1, n: null, flag: 0 });
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', created.id).orderBy('created_at').execute();
    expect(audit.map((row) => row.action)).toEqual(['dataset.created', 'dataset.imported']);

    const list = json(await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/datasets`, headers: viewer.auth }));
    expect(list.datasets.map((d: { id: string }) => d.id)).toContain(created.id);
    const source = await t.app.inject({ method: 'GET', url: `/api/datasets/${created.id}/source`, headers: viewer.auth });
    expect(source.statusCode).toBe(200);
    expect(source.headers['content-disposition']).toContain('ela.csv');
    expect(source.body).toBe(nycCsv);
  });
});

const longRows: Array<[string, string, string, string, string, string]> = [
  ['Agnor Elementary', '2022-23', 'All Students', 'attendance_rate', '94.5', '310'],
  ['Agnor Elementary', '2022-23', 'Hispanic', 'attendance_rate', '91', '40'],
  ['Burley Middle', '2022-23', 'All Students', 'attendance_rate', 'N/A', '500'],
  ['Burley Middle', '2022-23', 'Latino', 'attendance_rate', '*', '8'],
];

describe('loading a file no layout knows', () => {
  it('proposes a mapping with a preview, imports with it, saves it as a layout, and next year\'s file of the same headers imports with no mapping', async () => {
    const res = await uploadDataset(t, districtId, planner.auth, { name: 'attendance 2023.csv', content: longCsv(longRows) }, { name: 'Attendance' });
    expect(res.statusCode, res.body).toBe(201);
    const created = json(res);
    expect(created.status).toBe('needs_mapping');
    const dataset = await getDataset(created.id, planner);
    expect(dataset.proposal).toMatchObject({ headers: ['school', 'year', 'group', 'metric', 'value', 'n'], header_row: 1, sheets: [], sheet: null });
    const mapping = { ...dataset.proposal.mapping, entity: { nameColumn: 'school' }, period: { column: 'year' }, group: { column: 'group' }, metric: { column: 'metric' }, valueColumn: 'value', nColumn: 'n', percentScale: '0_100' };
    delete mapping.wideColumns;

    const preview = await t.app.inject({ method: 'POST', url: `/api/datasets/${created.id}/preview`, headers: planner.auth, payload: { mapping } });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(json(preview).rows).toHaveLength(4);
    expect(json(preview).rows[0]).toEqual({ line: 2, entity: 'Agnor Elementary', period: '2022-23', group: 'All Students', metric: 'attendance_rate', value: 94.5, n: 310, flag: 'value' });

    const imported = await t.app.inject({ method: 'POST', url: `/api/datasets/${created.id}/import`, headers: planner.auth, payload: { mapping, save_layout_as: 'Attendance by school', version: dataset.version } });
    expect(imported.statusCode, imported.body).toBe(202);
    const after = await getDataset(created.id);
    expect(after).toMatchObject({ status: 'ready', rows: 4, suppressed: 1, missing: 1, layout: { name: 'Attendance by school' } });

    const layouts = json(await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/dataset-layouts`, headers: viewer.auth }));
    expect(layouts.saved).toEqual([expect.objectContaining({ name: 'Attendance by school', ref: after.layout.ref })]);
    expect(layouts.library.map((layout: { ref: string }) => layout.ref)).toEqual(expect.arrayContaining(['library:nyc-ela-school-grade', 'library:va-chronic-absenteeism-school-subgroup', 'library:ga-discipline-subgroup']));

    const nextYear = longCsv(longRows.map(([school, , group, metric, value, n]) => [school, '2023-24', group, metric, value, n]));
    const second = json(await uploadDataset(t, districtId, planner.auth, { name: 'attendance 2024.csv', content: nextYear }));
    expect(second.layout).toEqual({ ref: after.layout.ref, name: 'Attendance by school' });
    expect(await getDataset(second.id)).toMatchObject({ status: 'ready', rows: 4, periods: ['2023-24'] });
  });

  it('replaces the file with a corrected one: the new rows become current and the old file is let go', async () => {
    const created = json(await uploadDataset(t, districtId, planner.auth, { name: 'ela.csv', content: nycCsv }));
    const first = await getDataset(created.id);
    const corrected = `${nycCsv}\r\n01M019,P.S. 019 ASHER LEVY,4,2022,66`;
    const res = await replaceDatasetFile(t, created.id, planner.auth, { name: 'ela-corrected.csv', content: corrected });
    expect(res.statusCode, res.body).toBe(201);
    const after = await getDataset(created.id);
    expect(after).toMatchObject({ status: 'ready', rows: 5, source: { file_name: 'ela-corrected.csv' } });
    expect(after.history.map((row: { status: string }) => row.status)).toEqual(['done', 'replaced']);
    const old = await t.ctx.db.selectFrom('dataset_imports').select(['content']).where('id', '=', first.import.id).executeTakeFirstOrThrow();
    expect(old.content).toBeNull();
    expect(await t.ctx.db.selectFrom('dataset_rows').select('import_id').where('import_id', '=', first.import.id).execute()).toEqual([]);
  });

  it('reads a workbook: lists its sheets, finds a header row below a title, imports the sheet named', async () => {
    const content = await workbookOf({
      Notes: [['About this file'], ['Made by the state']],
      Data: [['Chronic absenteeism, 2022-23'], [], ['school', 'year', 'group', 'metric', 'value', 'n'], ...longRows.map((row) => row.map((cell, index) => (index >= 4 && /^[\d.]+$/.test(cell) ? Number(cell) : cell)))],
    });
    const res = await uploadDataset(t, districtId, planner.auth, { name: 'book.xlsx', content }, { sheet: 'Data' });
    expect(res.statusCode, res.body).toBe(201);
    const dataset = await getDataset(json(res).id, planner);
    expect(dataset.source.content_type).toContain('spreadsheetml');
    expect(dataset.proposal).toMatchObject({ sheets: ['Notes', 'Data'], sheet: 'Data', header_row: 3, headers: ['school', 'year', 'group', 'metric', 'value', 'n'] });
    const mapping = { sheet: 'Data', headerRow: 3, entity: { nameColumn: 'school' }, period: { column: 'year' }, group: { column: 'group' }, metric: { column: 'metric' }, valueColumn: 'value', nColumn: 'n', percentScale: '0_100' };
    const imported = await t.app.inject({ method: 'POST', url: `/api/datasets/${dataset.id}/import`, headers: planner.auth, payload: { mapping, version: dataset.version } });
    expect(imported.statusCode, imported.body).toBe(202);
    expect(await getDataset(dataset.id)).toMatchObject({ status: 'ready', rows: 4, suppressed: 1, missing: 1 });
  });

  it('reads semicolon and tab separated files with a byte order mark and quoted separators', async () => {
    for (const separator of [';', '\t']) {
      const text = `\uFEFF${['campus', 'year', 'group', 'metric', 'value', 'n'].join(separator)}\n"Agnor, Elementary"${separator}2022-23${separator}All Students${separator}attendance_rate${separator}94.5${separator}310\n`;
      const created = json(await uploadDataset(t, districtId, planner.auth, { name: 'sep.csv', content: text }));
      const dataset = await getDataset(created.id, planner);
      expect(dataset.proposal.headers).toEqual(['campus', 'year', 'group', 'metric', 'value', 'n']);
      const preview = await t.app.inject({ method: 'POST', url: `/api/datasets/${created.id}/preview`, headers: planner.auth, payload: { mapping: { headerRow: 1, entity: { nameColumn: 'campus' }, period: { column: 'year' }, group: { column: 'group' }, metric: { column: 'metric' }, valueColumn: 'value', nColumn: 'n', percentScale: '0_100' } } });
      expect(json(preview).rows[0]).toMatchObject({ entity: 'Agnor, Elementary', value: 94.5, n: 310 });
    }
  });
});

describe('refusing bad input', () => {
  it('answers 400 naming the field', async () => {
    const url = `/api/districts/${districtId}/datasets`;
    const notMultipart = await t.app.inject({ method: 'POST', url, headers: planner.auth, payload: { file: 'x' } });
    expect(notMultipart.statusCode).toBe(400);
    expect(json(notMultipart).error.details[0]).toMatchObject({ path: '/file', code: 'file_required' });
    const noFile = multipartUpload(null, { name: 'x' });
    const res = await t.app.inject({ method: 'POST', url, headers: { ...planner.auth, ...noFile.headers }, payload: noFile.payload });
    expect(json(res).error.details[0]).toMatchObject({ path: '/file', code: 'file_required' });
    const pdf = await uploadDataset(t, districtId, planner.auth, { name: 'report.csv', content: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 0]) });
    expect(pdf.statusCode).toBe(400);
    expect(json(pdf).error.details[0]).toMatchObject({ path: '/file', code: 'unsupported_file_type' });
    const unknownLayout = await uploadDataset(t, districtId, planner.auth, { name: 'a.csv', content: nycCsv }, { layout: 'library:no-such-layout' });
    expect(unknownLayout.statusCode).toBe(400);
    expect(json(unknownLayout).error.details[0].path).toBe('/layout');
    const unfitLayout = await uploadDataset(t, districtId, planner.auth, { name: 'a.csv', content: longCsv(longRows) }, { layout: 'library:nyc-ela-school-grade' });
    expect(unfitLayout.statusCode).toBe(400);
    expect(json(unfitLayout).error.details[0].path).toBe('/layout');
    const badSheet = await uploadDataset(t, districtId, planner.auth, { name: 'b.xlsx', content: await workbookOf({ Data: [['a', 'b'], [1, 2]] }) }, { sheet: 'Nope' });
    expect(json(badSheet).error.details[0].path).toBe('/sheet');

    const created = json(await uploadDataset(t, districtId, planner.auth, { name: 'attendance.csv', content: longCsv(longRows, 'campus,year,group,metric,value,n') }));
    expect(created.status).toBe('needs_mapping');
    const mapping = { headerRow: 1, entity: { nameColumn: 'campus' }, period: { column: 'year' }, group: { column: 'group' }, metric: { column: 'metric' }, valueColumn: 'percent', percentScale: '0_100' };
    for (const path of ['preview', 'import']) {
      const bad = await t.app.inject({ method: 'POST', url: `/api/datasets/${created.id}/${path}`, headers: planner.auth, payload: path === 'import' ? { mapping, version: created.version } : { mapping } });
      expect(bad.statusCode, bad.body).toBe(400);
      expect(json(bad).error.details.map((d: { path: string }) => d.path)).toEqual(['/mapping/valueColumn']);
    }
    const noMapping = await t.app.inject({ method: 'POST', url: `/api/datasets/${created.id}/import`, headers: planner.auth, payload: { version: created.version } });
    expect(json(noMapping).error.details[0].path).toBe('/mapping');
    const stale = await t.app.inject({ method: 'POST', url: `/api/datasets/${created.id}/import`, headers: planner.auth, payload: { mapping: { ...mapping, valueColumn: 'value' }, version: created.version + 5 } });
    expect(stale.statusCode).toBe(409);
  });
});

describe('who may load and read datasets', () => {
  it('lets viewers read, not load; another district sees nothing', async () => {
    expect((await uploadDataset(t, districtId, viewer.auth, { name: 'ela.csv', content: nycCsv })).statusCode).toBe(403);
    const created = json(await uploadDataset(t, districtId, planner.auth, { name: 'ela.csv', content: nycCsv }));
    for (const res of [
      await t.app.inject({ method: 'GET', url: `/api/datasets/${created.id}`, headers: otherAdmin.auth }),
      await t.app.inject({ method: 'GET', url: `/api/datasets/${created.id}/source`, headers: otherAdmin.auth }),
      await t.app.inject({ method: 'DELETE', url: `/api/datasets/${created.id}`, headers: otherAdmin.auth }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('ROBERTO');
    }
    const deleted = await t.app.inject({ method: 'DELETE', url: `/api/datasets/${created.id}`, headers: planner.auth });
    expect(deleted.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/datasets/${created.id}`, headers: planner.auth })).statusCode).toBe(404);
    expect(await t.ctx.db.selectFrom('dataset_imports').select('id').where('dataset_id', '=', created.id).execute()).toEqual([]);
  });
});
