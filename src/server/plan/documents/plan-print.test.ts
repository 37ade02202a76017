import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { createPdfPrinter } from '../../documents/print-pdf.js';
import { DOCX_CONTENT_TYPE } from './render-plan-docx.js';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const goalTitles = everyFieldPlan.plan.goals.map((goal) => goal.title);

let t: TestApp;
let districtId: string;
let planId: string;
let viewer: Awaited<ReturnType<TestApp['factories']['user']>>;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Lakeshore Consolidated Schools' })).id;
  const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  const res = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans/import`, headers: planner.auth, payload: everyFieldPlan });
  expect(res.statusCode, res.body).toBe(201);
  planId = json(res).id;
});
afterAll(() => t.close());

const download = (name: string, headers: Record<string, string> = viewer.auth) => t.app.inject({ method: 'GET', url: `/api/plans/${planId}/${name}`, headers });

/** The text of a Word file: the runs of word/document.xml, joined. */
async function wordText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('board documents of a plan', () => {
  it('writes a Word file that holds every goal, in the words the plan uses for its levels', async () => {
    const res = await download('document.docx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
    expect(res.headers['content-disposition']).toContain('filename="Lakeshore 2030 Every Learner Every Day.docx"');
    const text = await wordText(res.rawPayload);
    for (const title of goalTitles) expect(text).toContain(title);
    expect(text).toContain('Lakeshore Consolidated Schools');
    expect(text).toContain('Priority P1: Early literacy');
    expect(text).toContain('Vital sign P1.V1: Grade 3 reading proficiency');
    expect(text).toContain('Initiative P1.I1: Structured literacy in every K-3 classroom');
    expect(text).toContain('Cost per priority');
  });

  it('writes a Word file that stays valid XML when plan text carries control characters from copy and paste', async () => {
    const pasted = structuredClone(everyFieldPlan);
    pasted.plan.goals[0]!.title = 'Early\u000bliteracy\u0007';
    const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
    const created = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans/import`, headers: planner.auth, payload: pasted });
    const res = await t.app.inject({ method: 'GET', url: `/api/plans/${json(created).id}/document.docx`, headers: planner.auth });
    const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).toContain('literacy');
  });

  it('serves the printable page as escaped, script-free HTML with a strict content policy', async () => {
    const res = await download('document.html');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.body).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(res.body).not.toContain('<script');
    for (const title of goalTitles) expect(res.body).toContain(title);
    expect(res.body).toContain('<th scope="col">Vital sign');
  });

  it.skipIf(!hasChromium)(`serves HTML that axe-core finds no WCAG 2.1 AA problem in${hasChromium ? '' : ` (skipped: no Chromium at ${chromiumPath})`}`, async () => {
    const html = (await download('document.html')).body;
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.setContent(html);
      await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string }> }> } }).axe;
        return (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] })).violations.map((v) => v.id);
      });
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('says why each goal, strategy and measure is there, from what it cites, in Word and HTML and in Spanish', async () => {
    const cited = structuredClone(everyFieldPlan);
    const id = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
    const goal = cited.plan.goals[0]!;
    goal.extensions = {
      waymark_evidence: [
        { text: 'Family survey: I feel welcome: 75% strongly agree or agree (n = 8)', link: { kind: 'survey_result', survey_id: id, question_key: 'welcome' } },
        { text: 'Data retreat: grade 3 reading flat for four years', url: 'https://example.org/retreat.pdf' },
      ],
    };
    goal.strategies![0]!.extensions = { waymark_evidence: [{ text: '“Add reading nights” (parent), public comment on P1.I1', link: { kind: 'public_comment', plan_id: id, comment_id: id } }] };
    goal.measures![0]!.extensions = { waymark_evidence: [{ text: 'Focus groups: “Reading” raised by 3 of 4 groups', link: { kind: 'focus_group_theme', cycle_id: id, theme_id: id } }] };
    const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
    const created = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans/import`, headers: planner.auth, payload: cited });
    expect(created.statusCode, created.body).toBe(201);
    const get = (name: string) => t.app.inject({ method: 'GET', url: `/api/plans/${json(created).id}/${name}`, headers: planner.auth });

    const html = (await get('document.html')).body;
    expect(html).toContain('<dt>Why this priority</dt><dd>Family survey: I feel welcome: 75% strongly agree or agree (n = 8)\nData retreat: grade 3 reading flat for four years</dd>');
    expect(html).toContain('<dt>Why this initiative</dt><dd>“Add reading nights” (parent), public comment on P1.I1</dd>');
    expect(html).toContain('<dt>Why this vital sign</dt><dd>Focus groups: “Reading” raised by 3 of 4 groups</dd>');
    // One block per element that cites something: the guardrail and the other initiative cite nothing.
    expect(html.match(/<dt>Why this /g)).toHaveLength(3);
    expect(html).not.toContain(id);
    expect(html).not.toContain('retreat.pdf');

    const word = await wordText((await get('document.docx')).rawPayload);
    expect(word).toContain('Why this priority: Family survey: I feel welcome: 75% strongly agree or agree (n = 8)Data retreat: grade 3 reading flat for four years');
    expect(word).toContain('Why this initiative: “Add reading nights” (parent), public comment on P1.I1');
    expect(word).toContain('Why this vital sign: Focus groups');

    const spanish = (await get('document.html?lang=es')).body;
    expect(spanish).toContain('<dt>Por qué este initiative</dt>');
    const noOwnWords = structuredClone(cited);
    delete noOwnWords.plan.level_names;
    const plain = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans/import`, headers: planner.auth, payload: noOwnWords });
    const plainSpanish = (await t.app.inject({ method: 'GET', url: `/api/plans/${json(plain).id}/document.html?lang=es`, headers: planner.auth })).body;
    expect(plainSpanish).toContain('<dt>Por qué esta meta</dt>');
    expect(plainSpanish).toContain('<dt>Por qué esta estrategia</dt>');
    expect(plainSpanish).toContain('<dt>Por qué este indicador</dt>');
  });

  it('escapes plan text in the HTML', async () => {
    const hostile = structuredClone(everyFieldPlan);
    hostile.plan.goals[0]!.title = '<img src=x onerror=alert(1)> & "quoted"';
    const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
    const created = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans/import`, headers: planner.auth, payload: hostile });
    const res = await t.app.inject({ method: 'GET', url: `/api/plans/${json(created).id}/document.html`, headers: planner.auth });
    expect(res.body).not.toContain('<img src=x');
    expect(res.body).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;');
  });

  it.skipIf(!hasChromium)(`prints a PDF with the goals on a sensible number of pages${hasChromium ? '' : ` (skipped: no Chromium at ${chromiumPath})`}`, async () => {
    const res = await download('document.pdf');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(20);
    if (!hasPdftotext) {
      console.warn('pdftotext is not installed (apt-get install poppler-utils), so the PDF text was not checked');
      return;
    }
    const text = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).stdout.toString('utf8').replace(/\s+/g, ' ');
    for (const title of goalTitles) expect(text).toContain(title);
    expect(text).toMatch(/Page 2 of \d+/);
  });

  it('says what to install when the server has no Chromium', async () => {
    const printer = createPdfPrinter({ executablePath: '/nonexistent/chromium' });
    await expect(printer.print('<p>x</p>', { footerText: 'x' })).rejects.toMatchObject({ code: 'unavailable', message: 'PDF export needs Chromium on the server: apt-get install chromium' });
    await printer.close();
  });

  it('lets every role of the district read the documents, and tells an outsider the plan does not exist', async () => {
    const elsewhere = await t.factories.organization();
    const outsider = await t.factories.user({ organizationId: elsewhere.id, role: 'administrator' });
    for (const name of ['document.docx', 'document.html', 'export.xlsx', ...(hasChromium ? ['document.pdf'] : [])]) {
      expect((await download(name)).statusCode, name).toBe(200);
      expect((await download(name, outsider.auth)).statusCode, name).toBe(404);
      expect((await download(name, {})).statusCode, name).toBe(401);
    }
  });
});
