import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { importMonitoredPlan } from '../../testing/updates-test-kit.js';

let t: TestApp;
let districtId: string;
let updateId: string;
let planId: string;
type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let planner: Person;
let owner: Person;
let otherContributor: Person;
let viewer: Person;
let outsideAdmin: Person;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Birchwood Schools' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  owner = await t.factories.user({ organizationId: districtId, role: 'contributor' });
  otherContributor = await t.factories.user({ organizationId: districtId, role: 'contributor' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  outsideAdmin = await t.factories.user({ organizationId: (await t.factories.organization()).id, role: 'administrator' });
  planId = await importMonitoredPlan(t, { districtId, headers: planner.auth });
  await t.app.inject({ method: 'PUT', url: `/api/plans/${planId}/owners/G1.M1`, headers: planner.auth, payload: { userId: owner.id } });
  const posted = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/elements/G1.M1/updates`, headers: owner.auth, payload: { periodLabel: '2025-26 Q1', values: [{ subgroup: null, value: 50 }] } });
  updateId = json(posted).id;
});
afterAll(() => t.close());

const upload = (payload: Buffer | string, contentType: string, headers = owner.auth, fileName = 'Board memo.pdf') =>
  t.app.inject({ method: 'POST', url: `/api/updates/${updateId}/evidence?fileName=${encodeURIComponent(fileName)}`, headers: { ...headers, 'content-type': contentType }, payload });

describe('evidence files', () => {
  it('stores an allowed file and serves it back as an attachment that is never sniffed', async () => {
    const res = await upload(PDF, 'application/pdf', owner.auth, '../../Résumé memo.pdf');
    expect(res.statusCode).toBe(201);
    const evidence = json(res);
    expect(evidence).toMatchObject({ fileName: 'Résumé memo.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });

    const download = await t.app.inject({ method: 'GET', url: `/api/updates/${updateId}/evidence/${evidence.id}`, headers: viewer.auth });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="Resume memo.pdf"; filename\*=UTF-8''R%C3%A9sum%C3%A9%20memo.pdf$/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(PDF)).toBe(true);

    const csv = await upload('school,value\nA,1\n', 'text/csv; charset=utf-8', planner.auth, 'data.csv');
    expect(json(csv)).toMatchObject({ contentType: 'text/csv', fileName: 'data.csv' });

    const history = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/elements/G1.M1/updates`, headers: viewer.auth }));
    expect(history.updates[0].evidence.map((e: { fileName: string }) => e.fileName)).toEqual(['Résumé memo.pdf', 'data.csv']);
  });

  it('refuses a type outside the allow-list, bytes that are not what the type says, an empty body and no name', async () => {
    const html = await upload('<script>alert(1)</script>', 'text/html');
    expect(html.statusCode).toBe(400);
    expect(json(html).error.details[0].path).toBe('headers/content-type');
    const fake = await upload(Buffer.from('MZ not a pdf'), 'application/pdf');
    expect(fake.statusCode).toBe(400);
    expect(json(fake).error.details[0]).toMatchObject({ path: 'headers/content-type', code: 'file_type_mismatch', params: { type: 'PDF' } });
    const png = await upload(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png', owner.auth, 'chart.png');
    expect(png.statusCode).toBe(201);
    expect((await upload(Buffer.alloc(0), 'application/pdf')).statusCode).toBe(400);
    const noName = await t.app.inject({ method: 'POST', url: `/api/updates/${updateId}/evidence`, headers: { ...owner.auth, 'content-type': 'application/pdf' }, payload: PDF });
    expect(noName.statusCode).toBe(400);
    expect(json(noName).error.details[0].path).toBe('query/fileName');
  });

  it('refuses a file over 5 MB with 413', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
    const res = await upload(big, 'application/pdf');
    expect(res.statusCode).toBe(413);
    expect(json(res).error.code).toBe('payload_too_large');
  });

  it('lets only the author or a planner attach, and hides the update from other districts', async () => {
    expect((await upload(PDF, 'application/pdf', otherContributor.auth)).statusCode).toBe(403);
    expect((await upload(PDF, 'application/pdf', viewer.auth)).statusCode).toBe(403);
    expect((await upload(PDF, 'application/pdf', outsideAdmin.auth)).statusCode).toBe(404);
    const [stored] = await t.ctx.db.selectFrom('update_evidence').select('id').execute();
    expect((await t.app.inject({ method: 'GET', url: `/api/updates/${updateId}/evidence/${stored!.id}`, headers: outsideAdmin.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/updates/${updateId}/evidence/00000000-0000-4000-8000-000000000000`, headers: viewer.auth })).statusCode).toBe(404);
  });
});
