import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../platform/audit/actor.js';
import { addEngagement } from '../../process/stakeholders/manage-engagement-plan.js';
import { addStakeholderGroup } from '../../process/stakeholders/manage-stakeholder-groups.js';
import { addSeed, joinAs, multipartFiles, openConversationFor, sampleConversation, vote } from '../../testing/conversation-test-kit.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { twoCampsBridging, twoCampsPolisExport } from '../../testing/two-camps-polis-export.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;
let cycleId: string;
let phaseIds: string[];

/** All the text of a Word file, a paragraph a line. */
async function wordText(bytes: Buffer) {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const textOf = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).join('');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0])).join('\n');
}

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Prairie View Schools' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  cycleId = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/cycles`, headers: planner.auth, payload: { templateId: 'thru-community-planning', name: 'Prairie View 2030', startDate: '2026-09-01' } })).id;
  phaseIds = (await t.ctx.db.selectFrom('cycle_phases').select('id').where('cycle_id', '=', cycleId).orderBy('position').execute()).map((row) => row.id);
  const scope = { db: t.ctx.db, actor: cliActor, organizationId: districtId, cycleId };
  const group = await addStakeholderGroup({ ...scope, values: { name: 'Families', constituency: 'families', description: '', estimatedSize: null, contacts: [], notes: '' } });
  const entry = await addEngagement({ ...scope, values: { stakeholderGroupId: group.id, phaseId: phaseIds[0]!, method: 'survey', startDate: null, endDate: null, leadUserId: null, status: 'planned', notes: '' } });
  const placed = { cycle_id: cycleId, engagement_entry_id: entry.id };

  // A vote-mode conversation brought in from Polis: two opinion groups and one statement both accept.
  const voted = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/conversations`, headers: planner.auth, payload: sampleConversation(placed) }));
  expect(voted.id, JSON.stringify(voted)).toBeTruthy();
  const { payload, headers } = multipartFiles(twoCampsPolisExport());
  expect((await t.app.inject({ method: 'POST', url: `/api/conversations/${voted.id}/import`, headers: { ...planner.auth, ...headers }, payload })).statusCode).toBe(200);
  expect((await t.app.inject({ method: 'POST', url: `/api/conversations/${voted.id}/open`, headers: planner.auth })).statusCode).toBe(200);
  const bridging = await t.ctx.db.selectFrom('conversation_statements').select('id').where('conversation_id', '=', voted.id).where('text', '=', twoCampsBridging).executeTakeFirstOrThrow();
  const reply = await t.app.inject({ method: 'PUT', url: `/api/conversations/${voted.id}/statements/${bridging.id}/reply`, headers: planner.auth, payload: { version: 0, reply: { en: 'We will add a finance course.', es: 'Añadiremos un curso de finanzas.' } } });
  expect(reply.statusCode, reply.body).toBe(200);

  // A rate-mode conversation in the same place: one idea rated by six people.
  const rated = await openConversationFor(t, districtId, planner.auth, sampleConversation({ ...placed, mode: 'rate', prompt: { en: 'Ideas for lunch', es: 'Ideas para el almuerzo' } }));
  const salad = await addSeed(t, rated.id, planner.auth, 'A salad bar');
  for (let at = 0; at < 6; at += 1) expect((await vote(t, rated.code, await joinAs(t, rated.code, { address: `10.8.0.${at}` }), salad, at === 0 ? 4 : 5)).statusCode).toBeLessThan(300);

  // A conversation of another phase stays out.
  await openConversationFor(t, districtId, planner.auth, sampleConversation({ prompt: { en: 'Not in this phase', es: 'No en esta fase' } }));
}, 120_000);
afterAll(() => t.close());

const summary = (language = 'en') => t.app.inject({ method: 'GET', url: `/api/cycles/${cycleId}/phases/${phaseIds[0]}/engagement-summary.docx?lang=${language}`, headers: viewer.auth });

describe('conversations in the phase’s engagement summary', () => {
  it('prints each conversation of the phase: participation, opinion groups, the bridging statement, top ideas and leaders’ replies', async () => {
    const res = await summary();
    expect(res.statusCode, res.body).toBe(200);
    const text = await wordText(res.rawPayload);
    for (const expected of [
      '0 surveys · 2 conversations · 0 focus groups',
      'What should our graduates be able to do?',
      'Participants: 12',
      'Participants formed 2 opinion groups (12 people voted enough to be placed in one)',
      `“${twoCampsBridging}” — 100% of participants agreed, across both opinion groups`,
      'Reply: We will add a finance course.',
      'Ideas for lunch',
      'Top ideas',
      'A salad bar',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Not in this phase');
    expect(text).not.toContain('Buy cheap watches');
  });

  it('is written in Spanish for a Spanish reader', async () => {
    const text = (await wordText((await summary('es')).rawPayload)).replace(/\u00a0/g, ' ');
    expect(text).toContain('¿Qué deberían saber hacer nuestros graduados?');
    expect(text).toContain(`«${twoCampsBridging}» — el 100 % de los participantes estuvo de acuerdo, en los dos grupos de opinión`);
    expect(text).toContain('Respuesta: Añadiremos un curso de finanzas.');
  });
});
