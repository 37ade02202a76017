import { existsSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_CONTENT_TYPE } from '../../documents/render-docx.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { buildCommentPacket } from './build-comment-packet.js';
import { commentScenario, rosa, spam, type Scenario } from '../../testing/public-comment-scenario.js';
import { readCommentPacket } from './read-comment-packet.js';

const hasChromium = existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium');

let t: TestApp;
let s: Scenario;
beforeAll(async () => {
  t = await createTestApp();
  s = await commentScenario(t, 'Riverbend Schools');
}, 120_000);
afterAll(() => t.close());

/** Every text of the packet's blocks, one string. */
const textOf = (blocks: ReturnType<typeof buildCommentPacket>) => JSON.stringify(blocks);

describe('the public comment packet', () => {
  it('prints the comments by part in reading order, with the passage and disposition, never a name, an address or a hidden comment', async () => {
    const input = await readCommentPacket({ db: t.ctx.db, organizationId: s.districtId, planId: s.planId, publicUrl: 'http://localhost', language: 'en' });
    const blocks = buildCommentPacket(input);
    const text = textOf(blocks);
    expect(text).toContain(rosa.body);
    expect(text).toContain('On the passage: “three times a week”');
    expect(text).toContain('Disposition: Accepted. Note: We added a fourth weekly session. Changed: Strategy G1.S1: Tutoring for early readers.');
    expect(text).not.toContain(spam);
    expect(text).not.toContain(rosa.name);
    expect(text).not.toContain(rosa.email);
    expect(text).not.toContain('@');
    const headings = blocks.filter((block) => block.kind === 'heading' && block.level === 2).map((block) => (block as { text: string }).text);
    const order = ['The whole draft', 'Mission', 'Goal G1: Every child reads by grade 3', 'Strategy G1.S1: Tutoring for early readers', 'Goal G2: Every family feels welcome'];
    expect(headings.filter((heading) => order.includes(heading))).toEqual(order);
    // The cycle's survey follows, as the engagement summary prints it.
    expect(text).toContain('Every survey, conversation and focus group of the planning cycle “Strategic plan 2027”');
    expect(text).toContain('Spring family survey');
  });

  it('hides the students, a group of two, in who commented, and the complement that would give them away', async () => {
    const input = await readCommentPacket({ db: t.ctx.db, organizationId: s.districtId, planId: s.planId, publicUrl: 'http://localhost', language: 'en' });
    const role = input.representation!.role;
    expect(role.is_compared).toBe(true);
    const byKey = Object.fromEntries(role.rows.map((row) => [row.key, row.commenters]));
    expect(byKey.student).toEqual({ suppressed: true, reason: 'small_group' });
    // Staff made no comment: 0 is shown, so the parents' 7 would give the students away: hidden too.
    expect(byKey.parent).toEqual({ suppressed: true, reason: 'complement' });
    expect(input.representation!.comments).toBe(9);
    const table = buildCommentPacket(input).find((block) => block.kind === 'table' && block.caption === 'By role');
    expect(JSON.stringify(table)).toContain('hidden (fewer than 5)');
    expect(JSON.stringify(table)).not.toMatch(/"2"|"7"/);
    const school = input.representation!.school!;
    const bySchool = Object.fromEntries(school.rows.map((row) => [row.label, row.commenters]));
    expect(bySchool).toEqual({ 'Central High': 0, 'Lincoln Elementary': 9 });
  });

  it('answers Word and, where Chromium is, PDF, in Spanish on request', async () => {
    const word = await t.app.inject({ method: 'GET', url: `/api/plans/${s.planId}/public-comment/packet.docx?lang=es`, headers: s.auth });
    expect(word.statusCode, word.body).toBe(200);
    expect(word.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
    expect(word.headers['content-disposition']).toContain('filename="Plan 2027-2030 - Carpeta de la consulta publica.docx"');
    const xml = await (await JSZip.loadAsync(word.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Comentarios por parte del borrador');
    expect(xml).toContain('Aceptado');
    expect(xml).not.toContain(rosa.email);
    if (!hasChromium) return;
    const pdf = await t.app.inject({ method: 'GET', url: `/api/plans/${s.planId}/public-comment/packet.pdf`, headers: s.auth });
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('says plainly when the plan has not been out for comment and no cycle names it', async () => {
    const other = await t.app.inject({ method: 'POST', url: `/api/districts/${s.districtId}/plans/import`, headers: s.auth, payload: { format: 'strategic-plan/v1', organization: { name: 'Riverbend Schools', kind: 'district' }, plan: { title: 'Facilities plan', goals: [] } } });
    expect(other.statusCode, other.body).toBe(201);
    const input = await readCommentPacket({ db: t.ctx.db, organizationId: s.districtId, planId: JSON.parse(other.body).id, publicUrl: 'http://localhost', language: 'es' });
    const text = textOf(buildCommentPacket(input));
    expect(text).toContain('El plan todavía no ha salido a consulta pública.');
    expect(text).toContain('Ningún ciclo de planificación produce este plan');
  });

  it('is the district’s own: another district’s planner gets 404', async () => {
    const other = await t.factories.organization();
    const outsider = await t.factories.user({ organizationId: other.id, role: 'planner' });
    const res = await t.app.inject({ method: 'GET', url: `/api/plans/${s.planId}/public-comment/packet.docx`, headers: outsider.auth });
    expect(res.statusCode).toBe(404);
  });
});
