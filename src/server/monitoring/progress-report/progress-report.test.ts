import { existsSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { DOCX_CONTENT_TYPE } from '../../plan/documents/render-plan-docx.js';
import { importAdoptedPlan } from '../../testing/monitoring-test-kit.js';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);

let t: TestApp;
let planId: string;
let viewer: Awaited<ReturnType<TestApp['factories']['user']>>;
let outsider: Awaited<ReturnType<TestApp['factories']['user']>>;
beforeAll(async () => {
  t = await createTestApp();
  const districtId = (await t.factories.organization({ name: 'Cedar Falls Community Schools' })).id;
  const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  outsider = await t.factories.user({ organizationId: (await t.factories.organization({ name: 'Elsewhere ISD' })).id, role: 'administrator' });
  planId = await importAdoptedPlan(t, districtId, planner);
  // Reading stays at 43 for two years: a flat trend while short of the target, which the board calls stagnant.
  const posted = await t.app.inject({
    method: 'POST',
    url: `/api/plans/${planId}/actuals`,
    headers: planner.auth,
    payload: [
      { measure_key: 'G1.M1', period: '2020-21', value: 43 },
      { measure_key: 'G1.M1', period: '2021-22', value: 43 },
    ],
  });
  expect(posted.statusCode, posted.body).toBe(200);
});
afterAll(() => t.close());

const download = (name: string, headers: Record<string, string> = viewer.auth) => t.app.inject({ method: 'GET', url: `/api/plans/${planId}/${name}`, headers });

/** The text of a Word file: the runs of word/document.xml, joined. */
async function wordText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('the progress report', () => {
  it('writes a Word file a viewer may read, with each goal, its status (the one the dashboard shows) and its measures', async () => {
    const res = await download('progress-report.docx?period=2023-24');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
    expect(res.headers['content-disposition']).toContain('filename="Progress report 2023-24.docx"');
    const text = await wordText(res.rawPayload);
    for (const words of ['Progress report, 2023-24', 'Cedar Falls Community Schools', 'Cedar Falls 2020-2024', 'Status as of June 30, 2024']) expect(text).toContain(words);
    expect(text).toContain('2 goals: 0 on track, 0 at risk, 1 off track, 1 no data yet; 1 stagnant.');
    expect(text).toContain('Goal G1: Every child reads');
    expect(text).toContain('Guardrail G2: Budget stays balanced');
    expect(text).toContain('Status: Off track, stagnant (most of its measures are flat or declining)');
    expect(text).toContain('Status: No data yet');
    expect(text).toContain('Grade 3 reading proficiency43%2021-22');
    expect(text).toContain('Flat');
  });

  it('judges an earlier period as of its own last day', async () => {
    const text = await wordText((await download('progress-report.docx?period=2020-21')).rawPayload);
    expect(text).toContain('Status as of June 30, 2021');
    expect(text).toContain('Grade 3 reading proficiency43%2020-21');
    expect(text).toContain('; 0 stagnant.');
    expect(text).not.toContain(', stagnant');
  });

  it('reports as of today without a period', async () => {
    const res = await download('progress-report.docx');
    expect(res.statusCode, res.body).toBe(200);
    expect(await wordText(res.rawPayload)).toContain(`Status as of `);
  });

  it('refuses a period it cannot date, naming query/period', async () => {
    for (const name of ['progress-report.docx?period=someday', 'progress-report.pdf?period=someday']) {
      const res = await download(name);
      expect(res.statusCode).toBe(400);
      expect(json(res).error.details[0].path).toBe('query/period');
    }
  });

  it('is not found from another district', async () => {
    for (const name of ['progress-report.docx', 'progress-report.pdf']) expect((await download(name, outsider.auth)).statusCode).toBe(404);
  });

  it.skipIf(!hasChromium)(`prints the same report as a PDF${hasChromium ? '' : ` (skipped: no Chromium at ${chromiumPath})`}`, async () => {
    const res = await download('progress-report.pdf?period=2023-24');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

describe('the progress report protects student privacy', () => {
  it('prints a coded value as its range and a small measure as hidden, never the number', async () => {
    const districtId = (await t.factories.organization({ name: 'Maple Grove' })).id;
    const owner = await t.factories.user({ organizationId: districtId, role: 'planner' });
    const otherPlanId = await importAdoptedPlan(t, districtId, owner);
    const rows = [
      { measure_key: 'G1.M2', period: '2022-23', value: 96.5, n: 150 },
      { measure_key: 'G2.M1', period: '2022-23', value: 3, n: 6 },
    ];
    const posted = await t.app.inject({ method: 'POST', url: `/api/plans/${otherPlanId}/actuals`, headers: owner.auth, payload: rows });
    expect(posted.statusCode, posted.body).toBe(200);
    const res = await t.app.inject({ method: 'GET', url: `/api/plans/${otherPlanId}/progress-report.docx?period=2023-24`, headers: owner.auth });
    expect(res.statusCode, res.body).toBe(200);
    const text = await wordText(res.rawPayload);
    expect(text).toContain('Attendance rate95% or more2022-23');
    expect(text).toContain('Reserve monthsHidden to protect student privacy2022-23');
    expect(text).not.toContain('96.5');
  });
});
