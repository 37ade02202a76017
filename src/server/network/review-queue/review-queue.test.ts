import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.js';
import { cliActor } from '../../platform/audit/actor.js';
import { matchProvider } from '../../platform/partners/match-provider.js';
import { assignCoachDistricts } from '../../platform/people/assign-coach-districts.js';
import { cycleApi } from '../../testing/cycle-test-kit.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

type Caller = Awaited<ReturnType<TestApp['factories']['user']>>;
type Item = { districtId: string; deliverableId: string; letter: string; rubric: { id: string; name: string } | null };
let t: TestApp;
let api: ReturnType<typeof cycleApi>;
let agencyId: string;
let providerId: string;
let bayou: { id: string; planner: Caller; cycle: any };
let cedar: { id: string; planner: Caller; cycle: any };
let outside: { id: string; planner: Caller; cycle: any };
let agencyAdmin: Caller;
let agencyCoach: Caller;
let providerCoach: Caller;
let providerAdmin: Caller;
let rubricId: string;

const template = 'louisiana-strong-school-systems';
const letterOf = (cycle: any, letter: string) => cycle.deliverables.find((d: { letter: string }) => d.letter === letter);

async function district(name: string, networkId: string) {
  const id = (await t.factories.organization({ name, networkId })).id;
  const planner = await t.factories.user({ organizationId: id, role: 'planner' });
  return { id, planner, cycle: await api.start(id, planner, { templateId: template }) };
}

/** The district's planner sends a deliverable for review (optionally naming its reviewer first). */
async function sendForReview(member: { planner: Caller; cycle: any }, letter: string, reviewerId?: string) {
  let d = letterOf(member.cycle, letter);
  const base = `/api/cycles/${member.cycle.id}/deliverables/${d.id}`;
  if (reviewerId) d = (await api.call('PATCH', base, member.planner, { version: d.version, changes: { reviewerId } })).body;
  const res = await api.call('POST', `${base}/status`, member.planner, { version: d.version, status: 'in_review' });
  expect(res.status).toBe(200);
  return res.body;
}

const queue = async (caller: Caller, organizationId = agencyId, after?: string) => {
  const res = await api.call('GET', `/api/networks/${organizationId}/review-queue${after ? `?after=${after}` : ''}`, caller);
  expect(res.status).toBe(200);
  return res.body as { items: Item[]; next: { districtId: string; cycleId: string; deliverableId: string } | null };
};

beforeAll(async () => {
  t = await createTestApp();
  api = cycleApi(t);
  agencyId = (await t.factories.organization({ kind: 'network', name: 'Louisiana DOE' })).id;
  providerId = (await t.factories.organization({ kind: 'network', name: 'Bayou TA Partners' })).id;
  const otherNetwork = (await t.factories.organization({ kind: 'network', name: 'Elsewhere Consulting' })).id;
  bayou = await district('Bayou Parish', agencyId);
  cedar = await district('Cedar Parish', agencyId);
  outside = await district('Outside County', otherNetwork);
  agencyAdmin = await t.factories.user({ organizationId: agencyId, role: 'network_admin' });
  agencyCoach = await t.factories.user({ organizationId: agencyId, role: 'coach' });
  providerCoach = await t.factories.user({ organizationId: providerId, role: 'coach' });
  providerAdmin = await t.factories.user({ organizationId: providerId, role: 'network_admin' });
  await inTransaction(t.ctx.db, (trx) => matchProvider({ trx, actor: cliActor, networkId: agencyId, districtId: bayou.id, providerId }));
  await assignCoachDistricts({ db: t.ctx.db, actor: cliActor, networkId: agencyId, userId: agencyCoach.id, districtIds: [cedar.id] });
  await assignCoachDistricts({ db: t.ctx.db, actor: cliActor, networkId: providerId, userId: providerCoach.id, districtIds: [bayou.id], responsibility: 'Lead coach' });
  rubricId = (
    await api.call('POST', `/api/networks/${agencyId}/rubrics`, agencyAdmin, {
      templateId: template,
      deliverableKey: 'diagnostic',
      name: 'Diagnostic report',
      criteria: [
        { label: 'Evidence', levels: [{ label: 'Beginning' }, { label: 'Strong' }] },
        { label: 'Root causes', levels: [{ label: 'Not yet' }, { label: 'Yes' }] },
      ],
    })
  ).body.id;

  // Oldest first: Bayou's F, then Cedar's E, then the outside district's F; Cedar's G names its own planner.
  await sendForReview(bayou, 'F');
  await sendForReview(cedar, 'E');
  await sendForReview(outside, 'F');
  await sendForReview(cedar, 'G', cedar.planner.id);
});
afterAll(() => t.close());

describe('the review queue', () => {
  it('lists what waits in the network’s districts, oldest first, with the rubric that applies', async () => {
    const { items, next } = await queue(agencyAdmin);
    expect(items.map((item) => [item.districtId, item.letter])).toEqual([
      [bayou.id, 'F'],
      [cedar.id, 'E'],
    ]);
    expect(items[0]).toMatchObject({ districtName: 'Bayou Parish', cycleId: bayou.cycle.id, templateKey: 'diagnostic', linksTo: 'evidence.diagnostic', rubric: { id: rubricId, name: 'Diagnostic report' } });
    expect(items[1]!.rubric).toBeNull();
    expect(next).toEqual({ districtId: bayou.id, cycleId: bayou.cycle.id, deliverableId: letterOf(bayou.cycle, 'F').id });
    expect((await queue(agencyAdmin, agencyId, letterOf(bayou.cycle, 'F').id)).next?.deliverableId).toBe(letterOf(cedar.cycle, 'E').id);
  });

  it('shows a coach only the districts assigned, and a provider only the districts matched to it', async () => {
    expect((await queue(agencyCoach)).items.map((item) => item.deliverableId)).toEqual([letterOf(cedar.cycle, 'E').id]);
    const viaProvider = await queue(providerCoach, providerId);
    expect(viaProvider.items.map((item) => [item.districtId, item.letter])).toEqual([[bayou.id, 'F']]);
    // The provider reviews with the rubric of the network that matched it to the district.
    expect(viaProvider.items[0]!.rubric?.id).toBe(rubricId);
    expect((await queue(providerAdmin, providerId)).items.map((item) => item.districtId)).toEqual([bayou.id]);
    // Nobody here reaches the outside district, and a coach is not a member of the other organisation.
    expect((await api.call('GET', `/api/networks/${agencyId}/review-queue`, providerCoach)).status).toBe(404);
    expect((await api.call('GET', `/api/networks/${providerId}/review-queue`, agencyCoach)).status).toBe(404);
    expect((await api.call('GET', `/api/networks/${agencyId}/review-queue`, bayou.planner)).status).toBe(404);
  });

  it('takes a provider coach’s approval with rubric scores, which the district reads in its history', async () => {
    const f = (await api.read(bayou.cycle.id, bayou.planner)).deliverables.find((d: { letter: string }) => d.letter === 'F');
    const url = `/api/cycles/${bayou.cycle.id}/deliverables/${f.id}/sign-off`;
    const scores = [
      { criterion: 'Evidence', level: 'Strong', note: 'Every finding cites the data' },
      { criterion: 'Root causes', level: 'Yes' },
    ];
    const tooMany = await api.call('POST', url, providerCoach, { version: f.version, decision: 'approve', rubric: { name: 'Diagnostic report', scores: Array.from({ length: 13 }, () => scores[1]) } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details[0].path).toBe('/rubric/scores');
    const blank = await api.call('POST', url, providerCoach, { version: f.version, decision: 'approve', rubric: { name: 'Diagnostic report', scores: [{ criterion: ' ', level: 'Yes' }] } });
    expect(blank.body.error.details[0].path).toBe('/rubric/scores/0/criterion');
    // The coach of another district cannot sign it off at all.
    expect((await api.call('POST', url, agencyCoach, { version: f.version, decision: 'approve' })).status).toBe(404);

    const approved = await api.call('POST', url, providerCoach, { version: f.version, decision: 'approve', comment: 'Clear and well sourced', rubric: { name: 'Diagnostic report', scores } });
    expect(approved.status).toBe(200);
    expect(approved.body.reviewState).toBe('approved');

    const history = await api.call('GET', `/api/cycles/${bayou.cycle.id}/deliverables/${f.id}/history`, bayou.planner);
    const signOff = history.body.events.at(-1);
    expect(signOff).toMatchObject({ kind: 'approved', actorUserId: providerCoach.id, comment: 'Clear and well sourced' });
    expect(signOff.rubric).toEqual({
      name: 'Diagnostic report',
      scores: [
        { criterion: 'Evidence', level: 'Strong', note: 'Every finding cites the data' },
        { criterion: 'Root causes', level: 'Yes', note: null },
      ],
    });
    expect(history.body.events[0].rubric).toBeNull();

    // It no longer waits, and the network keeps the review in its history.
    expect((await queue(agencyAdmin)).items.map((item) => item.letter)).toEqual(['E']);
    expect((await queue(providerCoach, providerId)).next).toBeNull();
    const reviews = await api.call('GET', `/api/networks/${agencyId}/reviews`, agencyAdmin);
    expect(reviews.status).toBe(200);
    expect(reviews.body.reviews).toHaveLength(1);
    expect(reviews.body.reviews[0]).toMatchObject({ decision: 'approve', districtId: bayou.id, districtName: 'Bayou Parish', deliverableId: f.id, letter: 'F', reviewerUserId: providerCoach.id, rubric: { name: 'Diagnostic report' } });
    expect((await api.call('GET', `/api/networks/${agencyId}/reviews`, agencyCoach)).body.reviews).toEqual([]);
  });

  it('gives the sign-off route’s old shape unchanged without a rubric', async () => {
    const e = (await api.read(cedar.cycle.id, cedar.planner)).deliverables.find((d: { letter: string }) => d.letter === 'E');
    const res = await api.call('POST', `/api/cycles/${cedar.cycle.id}/deliverables/${e.id}/sign-off`, agencyCoach, { version: e.version, decision: 'request_changes', comment: 'Say who was heard' });
    expect(res.body).toMatchObject({ status: 'in_progress', reviewState: 'changes_requested' });
    const history = await api.call('GET', `/api/cycles/${cedar.cycle.id}/deliverables/${e.id}/history`, cedar.planner);
    expect(history.body.events.at(-1)).toMatchObject({ kind: 'changes_requested', rubric: null, changes: null });
    expect((await queue(agencyCoach)).items).toEqual([]);
    expect((await api.call('GET', `/api/networks/${agencyId}/reviews`, agencyCoach)).body.reviews.map((r: { decision: string }) => r.decision)).toEqual(['request_changes']);
  });
});
