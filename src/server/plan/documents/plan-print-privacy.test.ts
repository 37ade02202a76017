import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { cedarPlan, importAdoptedPlan } from '../../testing/monitoring-test-kit.js';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

/** Cedar Falls with 2022-23 results by English learner status: 6 English learners, 394 others. */
function planWithSmallGroup(): PlanDocument {
  const plan = structuredClone(cedarPlan);
  plan.plan.goals[0]!.measures![0]!.actuals = [
    { period: { label: '2022-23' }, value: 52.4, n: 400 },
    { period: { label: '2022-23' }, value: 31.7, n: 6, subgroup: 'English learners' },
    { period: { label: '2022-23' }, value: 52.7, n: 394, subgroup: 'Not English learners' },
  ];
  return plan;
}

let t: TestApp;
let planId: string;
let viewer: Awaited<ReturnType<TestApp['factories']['user']>>;
beforeAll(async () => {
  t = await createTestApp();
  const districtId = (await t.factories.organization({ name: 'Cedar Falls Community Schools' })).id;
  const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  planId = await importAdoptedPlan(t, districtId, planner, planWithSmallGroup());
});
afterAll(() => t.close());

const download = (name: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: `/api/plans/${planId}/${name}`, headers: { ...viewer.auth, ...headers } });

async function wordText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('the plan printouts protect small groups as the public site does', () => {
  it('hides the group of 6 and the group it could be worked out from, in the HTML and Word printouts', async () => {
    const html = (await download('document.html')).body;
    const word = await wordText((await download('document.docx')).rawPayload);
    for (const text of [html, word]) {
      expect(text).toContain('Hidden to protect student privacy');
      expect(text).toContain('52.4%');
      // 31.7 is the English learners' value; 52.7 would give it back from all students.
      expect(text).not.toContain('31.7');
      expect(text).not.toContain('52.7');
      expect(text).toContain('results about fewer than 10 students are not shown');
    }
  });

  it('keeps the numbers in the working exports that only the planning team uses and that import back', async () => {
    const exported = json(await download('export'));
    const actuals = exported.plan.goals[0].measures[0].actuals.map((a: { value: number }) => a.value);
    expect(actuals).toEqual([52.4, 31.7, 52.7]);
  });

  it.skipIf(!hasChromium || !hasPdftotext)('hides the same cells in the PDF', async () => {
    const res = await download('document.pdf');
    expect(res.statusCode, res.body).toBe(200);
    // A narrow table cell wraps its words one per line: compare the words, not the lines.
    const text = spawnSync('pdftotext', ['-', '-'], { input: res.rawPayload }).stdout.toString().replace(/\s+/g, ' ');
    expect(text).toContain('Hidden to protect student privacy');
    expect(text).not.toContain('31.7');
  });
});

describe("the printouts follow the reader's language", () => {
  it('writes Spanish headings, labels, group names, privacy words and dates for ?lang=es', async () => {
    const res = await download('document.html?lang=es');
    expect(res.statusCode, res.body).toBe(200);
    const html = res.body;
    expect(html).toContain('<html lang="es">');
    for (const words of ['El plan en una página', 'Metas e indicadores', 'Estrategias y acciones', 'Presupuesto', 'Grupo de estudiantes', 'Todos los estudiantes', 'Estudiantes de inglés', 'Oculto para proteger la privacidad de los estudiantes', '52,4%']) {
      expect(html).toContain(words);
    }
    expect(html).not.toContain('The plan on a page');
    expect(html).not.toContain('Hidden to protect');
    const word = await wordText((await download('document.docx?lang=es')).rawPayload);
    expect(word).toContain('Metas e indicadores');
    expect(word).toContain('Meta G1: Every child reads');
  });

  it('reads the language from Accept-Language when the address names none, and refuses an unknown one', async () => {
    expect((await download('document.html', { 'accept-language': 'es-MX,es;q=0.9' })).body).toContain('El plan en una página');
    expect((await download('document.html', { 'accept-language': 'en-US' })).body).toContain('The plan on a page');
    const bad = await download('document.html?lang=fr');
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.details[0].path).toContain('lang');
  });

  it('writes the board progress report in Spanish, with the dashboard status words and Spanish dates', async () => {
    const res = await download('progress-report.docx?period=2023-24&lang=es');
    expect(res.statusCode, res.body).toBe(200);
    const text = await wordText(res.rawPayload);
    for (const words of ['Informe de progreso, 2023-24', 'Estado al 30 de junio de 2024', 'Meta G1: Every child reads', 'Límite G2: Budget stays balanced', 'Último valor', 'Estado: ']) expect(text).toContain(words);
    expect(text).not.toContain('Status as of');
  });
});
