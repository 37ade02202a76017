import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_CONTENT_TYPE } from '../../documents/render-docx.js';
import { insertEvidenceDataset } from '../../testing/evidence-rows-kit.js';
import { retreatApi, retreatScenario } from '../../testing/retreat-test-kit.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { readRetreatDocument } from './read-retreat-document.js';
import { renderRetreatHtml } from './render-retreat-documents.js';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const noChromium = hasChromium ? '' : ` (skipped: no Chromium at ${chromiumPath})`;

// A school of four students: its value may never reach a document, in any format or language.
const SMALL_SCHOOL_VALUE = '77.7';
const HIDDEN_NOTE = 'Someone wrote a name here';

let t: TestApp;
let api: ReturnType<typeof retreatApi>;
let s: Awaited<ReturnType<typeof retreatScenario>>;
let retreatId: string;

beforeAll(async () => {
  t = await createTestApp();
  api = retreatApi(t);
  s = await retreatScenario(t, 'Document District');
  const entities = [...s.schoolIds.map((schoolId, index) => ({ key: `S${index}`, name: `School ${index}`, status: 'school' as const, schoolId })), { key: 'DIST', name: 'District', status: 'district' as const }];
  await insertEvidenceDataset(t.ctx.db, {
    organizationId: s.organizationId,
    metric: { key: 'math_proficient', label: 'Math proficient', unit: 'percent' },
    entities,
    rows: [
      { entity: 'S0', period: '2023-24', group: 'All Students', value: 61.3, n: 120 },
      { entity: 'S1', period: '2023-24', group: 'All Students', value: Number(SMALL_SCHOOL_VALUE), n: 4 },
      { entity: 'S2', period: '2023-24', group: 'All Students', value: 55.2, n: 140 },
    ],
  });
  const planner = s.planner.auth;
  const retreat = await api.create(s.cycleId, planner, { session_id: s.sessionIds[0], title: 'Winter retreat' });
  retreatId = retreat.id;
  const post = async (path: string, body: object, status = 201) => api.expectStatus(await api.call('POST', `/api/retreats/${retreatId}${path}`, planner, body), status);
  const put = async (path: string, body: object) => api.expectStatus(await api.call('PUT', `/api/retreats/${retreatId}${path}`, planner, body), 200);
  const reading = await post('/charts', { question: 'How does each school read?', metric: 'ela_proficient', view: { by: 'school' } });
  await post('/charts', { question: 'Where is math strong?', metric: 'math_proficient', view: { by: 'school' } });
  await post('/charts', { question: 'Are we improving in reading?', metric: 'ela_proficient', view: { by: 'period' } });
  await post('/observations', { chart_id: reading.id, kind: 'notice', body: 'Cedar leads the district' });
  await post('/observations', { chart_id: reading.id, kind: 'wonder', body: 'What does Cedar do differently?' });
  const hidden = await post('/observations', { chart_id: reading.id, kind: 'notice', body: HIDDEN_NOTE });
  await put(`/observations/${hidden.id}`, { is_hidden: true });
  const weakness = await post('/swot', { quadrant: 'weakness', text: 'Reading below grade level at Alder', citations: [{ kind: 'chart', chart_id: reading.id }, { kind: 'evidence', text: 'State test 2024' }] });
  const strength = await post('/swot', { quadrant: 'strength', text: 'Caring and stable staff' });
  await post('/swot', { quadrant: 'threat', text: 'Enrollment is falling' });
  await put(`/swot/${weakness.id}/dots`, { dots: 2 });
  await put(`/swot/${strength.id}/dots`, { dots: 1 });
  const { priorities } = await post('/priorities', { count: 2 });
  const [literacy, staff] = priorities;
  await put(`/priorities/${literacy.id}`, {
    version: literacy.version,
    current_state: '42% of Alder’s students read at grade level.',
    current_evidence: [{ kind: 'chart', chart_id: reading.id }],
    future_state: 'Every school above 60%.',
    gap: 'Eighteen points at Alder.',
    root_cause_method: 'five_whys',
    root_causes: ['Students miss phonics in K-2', 'No shared reading curriculum', 'Teachers have no time to plan together'],
    case_for_change: 'Reading by third grade predicts graduation.',
  });
  await put(`/priorities/${staff.id}`, { version: staff.version, root_cause_method: 'fishbone', root_causes: [{ category: 'People', causes: ['Mentors retire this year'] }] });
}, 60_000);
afterAll(() => t.close());

const url = (name: string, lang = 'en') => `/api/retreats/${retreatId}/documents/${name}?lang=${lang}`;
const get = (address: string, headers = s.viewer.auth) => t.app.inject({ method: 'GET', url: address, headers });

async function docxParts(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  return { xml: await zip.file('word/document.xml')!.async('string'), media: Object.keys(zip.files).filter((name) => name.startsWith('word/media/')) };
}

describe('the retreat’s documents', () => {
  it('draws every chart inline as SVG in the HTML of the PDF, hiding the small school and the hidden observation', async () => {
    const input = await readRetreatDocument({ db: t.ctx.db, organizationId: s.organizationId, retreatId, userId: s.viewer.id, publicUrl: 'http://x', language: 'en' });
    const diagnostic = renderRetreatHtml({ kind: 'diagnostic', input, language: 'en', logo: null });
    const picture = renderRetreatHtml({ kind: 'data-picture', input, language: 'en', logo: null });
    expect(diagnostic.match(/<svg xmlns/g)).toHaveLength(3);
    expect(picture.match(/<svg xmlns/g)).toHaveLength(3);
    expect(picture).toContain('Cedar leads the district');
    expect(picture).toContain('Hidden (small group)');
    for (const html of [diagnostic, picture]) {
      expect(html).not.toContain(SMALL_SCHOOL_VALUE);
      expect(html).not.toContain(HIDDEN_NOTE);
    }
    expect(diagnostic).toContain('Reading below grade level at Alder');
    expect(diagnostic).toContain('Teachers have no time to plan together');
  });

  it('downloads the diagnostic report as Word in English and Spanish, its charts as pictures and tables', async () => {
    for (const [lang, words] of [
      ['en', ['Organizational diagnostic report', 'SWOT analysis', 'Why 3', 'Chart: How does each school read?', 'Mentors retire this year', 'Hidden (small group)']],
      ['es', ['Informe de diagnóstico organizacional', 'Análisis FODA', 'Porqué 3', 'Gráfico: How does each school read?', 'Mentors retire this year', 'Oculto (grupo pequeño)']],
    ] as const) {
      const res = await get(url('diagnostic.docx', lang));
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
      expect(res.headers['content-disposition']).toContain(lang === 'en' ? 'Organizational diagnostic report' : 'Informe de diagn');
      const { xml, media } = await docxParts(res.rawPayload);
      for (const text of words) expect(xml, text).toContain(text.replace(/&/g, '&amp;'));
      // Each chart's table is always there: the schools, by name.
      expect(xml).toContain('Alder Elementary');
      expect(xml).not.toContain(SMALL_SCHOOL_VALUE);
      expect(xml).not.toContain(HIDDEN_NOTE);
      if (hasChromium) {
        expect(media.filter((name) => name.endsWith('.png'))).toHaveLength(3);
        expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(3);
      } else {
        console.warn(`No Chromium at ${chromiumPath}: the Word file's charts were not drawn as pictures, only its tables were checked`);
        expect(xml).toContain(lang === 'en' ? 'The chart is drawn in the PDF' : 'El gráfico aparece en el PDF');
      }
    }
  }, 60_000);

  it('downloads the data picture as Word with the room’s observations, not the hidden one', async () => {
    const res = await get(url('data-picture.docx', 'es'));
    expect(res.statusCode).toBe(200);
    const { xml } = await docxParts(res.rawPayload);
    for (const text of ['Panorama de datos', 'Notamos', 'Nos preguntamos', 'Cedar leads the district', 'What does Cedar do differently?', 'Escuela']) expect(xml, text).toContain(text);
    expect(xml).not.toContain(HIDDEN_NOTE);
    expect(xml).not.toContain(SMALL_SCHOOL_VALUE);
  }, 60_000);

  it.skipIf(!hasChromium)(`prints both documents as PDF in both languages${noChromium}`, async () => {
    const cases = [
      ['diagnostic.pdf', 'en', ['Organizational diagnostic report', 'Reading below grade level at Alder', 'Caring and stable staff', 'Teachers have no time to plan together', 'Mentors retire this year', 'Eighteen points at Alder']],
      ['diagnostic.pdf', 'es', ['Informe de diagnóstico organizacional', 'Fortalezas', 'Causas raíz', 'Reading below grade level at Alder']],
      ['data-picture.pdf', 'en', ['Data picture', 'How does each school read?', 'We notice', 'Cedar leads the district', 'Hidden']],
      ['data-picture.pdf', 'es', ['Panorama de datos', 'Notamos', 'Oculto']],
    ] as const;
    for (const [name, lang, words] of cases) {
      const res = await get(url(name, lang));
      expect(res.statusCode, `${name} ${lang}`).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (!hasPdftotext) {
        console.warn('pdftotext is not installed (apt-get install poppler-utils), so the PDF text was not checked');
        continue;
      }
      const text = spawnSync('pdftotext', ['-', '-'], { input: res.rawPayload }).stdout.toString('utf8').replace(/\s+/g, ' ');
      for (const words_ of words) expect(text, `${name} ${lang}: ${words_}`).toContain(words_);
      // The chart's own words (its ticks, the district's line) are text in the PDF, not a bitmap.
      expect(text).toMatch(/District 5\d(\.\d)?%|Distrito 5\d(,\d)?%/);
      expect(text).not.toContain(SMALL_SCHOOL_VALUE);
      expect(text).not.toContain('77,7');
      expect(text).not.toContain(HIDDEN_NOTE);
    }
  }, 120_000);

  it('answers 404 to another district, and 400 naming lang for a language it does not speak', async () => {
    for (const name of ['diagnostic.docx', 'diagnostic.pdf', 'data-picture.docx', 'data-picture.pdf']) {
      expect((await get(url(name), s.otherAdmin.auth)).statusCode, name).toBe(404);
    }
    const res = await get(url('diagnostic.docx', 'fr'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('query/lang');
  });
});
