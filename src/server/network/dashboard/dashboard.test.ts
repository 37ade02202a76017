import { gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../../core/process/calendar-dates.js';
import { projectRoot } from '../../config.js';
import { cliActor } from '../../platform/audit/actor.js';
import { signOffDeliverable } from '../../process/cycles/sign-off-deliverable.js';
import { startCycle } from '../../process/cycles/start-cycle.js';
import { loadTemplates } from '../../process/templates/load-templates.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
const today = new Date().toISOString().slice(0, 10);
const daysFromToday = (days: number) => fromDayNumber(toDayNumber(today) + days);
// Eight weeks in: Louisiana's shared timeline (4, 6, 11, 4 weeks) expects its second phase.
const cohortStart = daysFromToday(-56);

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let s: {
  cohortId: string;
  networkAdmin: Person;
  networkCoach: Person;
  providerCoach: Person;
  otherNetworkAdmin: Person;
  providerId: string;
  alder: { id: string; cycleId: string };
  birch: { id: string; cycleId: string };
  cedar: { id: string };
};

const get = (url: string, auth: Record<string, string>, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers: { ...auth, ...headers } });
const setDeliverables = async (cycleId: string, letters: string[], values: { status: 'not_started' | 'in_progress' | 'in_review' | 'complete'; review_state?: 'none' | 'approved' | 'changes_requested' }) => {
  await t.ctx.db.updateTable('cycle_deliverables').set(values).where('cycle_id', '=', cycleId).where('letter', 'in', letters).execute();
};

beforeAll(async () => {
  t = await createTestApp();
  const f = t.factories;
  const db = t.ctx.db;
  const network = await f.organization({ kind: 'network', name: 'Strong School Systems' });
  const provider = await f.organization({ kind: 'network', name: 'Thru Consulting' });
  const otherNetwork = await f.organization({ kind: 'network', name: 'Another State' });
  const [alder, birch, cedar] = [await f.organization({ name: 'Alder Parish', networkId: network.id }), await f.organization({ name: 'Birch Parish', networkId: network.id }), await f.organization({ name: 'Cedar Parish', networkId: network.id })];
  const people = {
    networkAdmin: await f.user({ organizationId: network.id, role: 'network_admin' }),
    networkCoach: await f.user({ organizationId: network.id, role: 'coach', name: 'Nora Network' }),
    providerCoach: await f.user({ organizationId: provider.id, role: 'coach', name: 'Paul Provider' }),
    otherNetworkAdmin: await f.user({ organizationId: otherNetwork.id, role: 'network_admin' }),
  };
  const louisiana = loadTemplates(`${projectRoot}/templates`).find((template) => template.id === 'louisiana-strong-school-systems')!;
  const start = (organizationId: string) => startCycle({ db, actor: cliActor, organizationId, template: louisiana, name: 'Cohort plan', startDate: cohortStart });
  const [alderCycle, birchCycle] = [await start(alder.id), await start(birch.id)];

  const cohort = await db
    .insertInto('cohorts')
    .values({ organization_id: network.id, name: 'Cohort 4', school_year: '2026-27', template_id: louisiana.id, start_date: cohortStart })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('cohort_districts')
    .values([
      { cohort_id: cohort.id, district_id: alder.id, organization_id: network.id, status: 'enrolled', cycle_id: alderCycle.id },
      { cohort_id: cohort.id, district_id: birch.id, organization_id: network.id, status: 'enrolled', cycle_id: birchCycle.id },
      { cohort_id: cohort.id, district_id: cedar.id, organization_id: network.id, status: 'invited', cycle_id: null },
    ])
    .execute();
  await db
    .insertInto('cohort_events')
    .values([
      { cohort_id: cohort.id, organization_id: network.id, kind: 'session', title: 'PD session 3', event_date: daysFromToday(10) },
      { cohort_id: cohort.id, organization_id: network.id, kind: 'milestone', title: 'Plans due', event_date: daysFromToday(60) },
      { cohort_id: cohort.id, organization_id: network.id, kind: 'session', title: 'Kick-off', event_date: daysFromToday(-50) },
    ])
    .execute();
  await db.insertInto('district_partners').values([{ district_id: alder.id, network_id: network.id, partner_id: provider.id }, { district_id: birch.id, network_id: network.id, partner_id: provider.id }]).execute();
  await db
    .insertInto('coach_assignments')
    .values([
      { network_id: network.id, district_id: alder.id, user_id: people.networkCoach.id, responsibility: 'Lead coach' },
      { network_id: provider.id, district_id: birch.id, user_id: people.providerCoach.id, responsibility: 'Data coach' },
      // Another network's coach on the same district stays that network's business.
      { network_id: otherNetwork.id, district_id: alder.id, user_id: people.otherNetworkAdmin.id, responsibility: 'Elsewhere' },
    ])
    .execute();

  // Alder closed nothing (behind by one): A-D due in the first phase are overdue, F waits for review.
  await setDeliverables(alderCycle.id, ['A'], { status: 'in_progress' });
  await setDeliverables(alderCycle.id, ['F'], { status: 'in_review' });
  // Birch closed the first phase (on track): A-D complete, E in review already approved, F sent back.
  await db.updateTable('cycle_phases').set({ closed_at: new Date().toISOString() }).where('cycle_id', '=', birchCycle.id).where('position', '=', 0).execute();
  await setDeliverables(birchCycle.id, ['A', 'B', 'C', 'D'], { status: 'complete', review_state: 'approved' });
  await setDeliverables(birchCycle.id, ['E'], { status: 'in_review', review_state: 'approved' });
  await setDeliverables(birchCycle.id, ['F'], { status: 'in_progress', review_state: 'changes_requested' });

  s = { cohortId: cohort.id, ...people, providerId: provider.id, alder: { id: alder.id, cycleId: alderCycle.id }, birch: { id: birch.id, cycleId: birchCycle.id }, cedar: { id: cedar.id } };
});
afterAll(() => t.close());

describe('GET /api/cohorts/:cohortId/dashboard', () => {
  it('shows every district with its phase against the shared timeline and its deliverables by status', async () => {
    const res = await get(`/api/cohorts/${s.cohortId}/dashboard`, s.networkAdmin.auth);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.cohort).toMatchObject({ name: 'Cohort 4', schoolYear: '2026-27', templateId: 'louisiana-strong-school-systems', startDate: cohortStart });
    expect(body.timeline.phases.map((p: { key: string; isToday: boolean }) => [p.key, p.isToday])).toEqual([
      ['lay-the-foundation', false],
      ['aspirations-and-diagnosis', true],
      ['develop-the-plan', false],
      ['plan-for-implementation', false],
    ]);
    expect(body.timeline.deliverables.map((d: { letter: string }) => d.letter).join('')).toBe('ABCDEFGHIJKLM');
    expect(body.districts.map((d: { districtName: string }) => d.districtName)).toEqual(['Alder Parish', 'Birch Parish', 'Cedar Parish']);

    const [alder, birch, cedar] = body.districts;
    expect(alder.progress).toMatchObject({ verdict: 'behind', phasesApart: 1, currentPhase: { key: 'lay-the-foundation' }, expectedPhase: { key: 'aspirations-and-diagnosis' } });
    expect(alder.counts).toEqual({ notStarted: 11, inProgress: 1, inReview: 1, complete: 0, approved: 0, changesRequested: 0, total: 13 });
    const letters = (district: { deliverables: Array<{ id: string; letter: string }> }, ids: string[]) => ids.map((id) => district.deliverables.find((d) => d.id === id)!.letter);
    expect(letters(alder, alder.overdue)).toEqual(['A', 'B', 'C', 'D']);
    expect(letters(alder, alder.waitingReview)).toEqual(['F']);
    expect(alder.provider).toEqual({ id: s.providerId, name: 'Thru Consulting' });
    expect(alder.coaches).toEqual([{ userId: s.networkCoach.id, name: 'Nora Network', organizationName: 'Strong School Systems', responsibility: 'Lead coach' }]);
    expect(alder.nextSession).toMatchObject({ date: expect.any(String) });
    expect(alder.nextSession.date >= today).toBe(true);

    expect(birch.progress).toMatchObject({ verdict: 'on_track', phasesApart: 0, currentPhase: { key: 'aspirations-and-diagnosis' } });
    expect(birch.counts).toMatchObject({ complete: 4, inReview: 1, inProgress: 1, approved: 5, changesRequested: 1 });
    expect(birch.overdue).toEqual([]);
    // E was approved while in review: it no longer waits for a reviewer.
    expect(birch.waitingReview).toEqual([]);
    expect(birch.coaches.map((c: { name: string }) => c.name)).toEqual(['Paul Provider']);

    expect(cedar).toMatchObject({ status: 'invited', cycleId: null, provider: null, progress: { verdict: 'no_cycle', currentPhase: null }, deliverables: [] });
    expect(body.totals).toEqual({ districts: 3, behind: 1, overdue: 4, waitingReview: 1 });
    expect(body.upcomingEvents.map((e: { title: string }) => e.title)).toEqual(['PD session 3']);
    expect(body.timeline.events).toHaveLength(3);
    expect(body.filters.providers).toEqual([{ id: s.providerId, name: 'Thru Consulting' }]);
    expect(body.filters.coaches.map((c: { name: string }) => c.name)).toEqual(['Nora Network', 'Paul Provider']);
  });

  it('follows the deliverables as they move: an approval takes F off the waiting list at once', async () => {
    const f = await t.ctx.db.selectFrom('cycle_deliverables').select(['id', 'version']).where('cycle_id', '=', s.alder.cycleId).where('letter', '=', 'F').executeTakeFirstOrThrow();
    // Read once more first, so the answer just cached is the one the approval must replace.
    expect((await get(`/api/cohorts/${s.cohortId}/dashboard`, s.networkAdmin.auth)).json().districts[0].waitingReview).toHaveLength(1);
    await signOffDeliverable({ db: t.ctx.db, actor: cliActor, organizationId: s.alder.id, cycleId: s.alder.cycleId, deliverableId: f.id, version: f.version, decision: 'approve' });
    const alder = (await get(`/api/cohorts/${s.cohortId}/dashboard`, s.networkAdmin.auth)).json().districts[0];
    expect(alder.waitingReview).toEqual([]);
    expect(alder.deliverables.find((d: { letter: string }) => d.letter === 'F')).toMatchObject({ status: 'in_review', reviewState: 'approved', isWaitingReview: false });
  });

  it('answers gzip to a reader who accepts it', async () => {
    const res = await get(`/api/cohorts/${s.cohortId}/dashboard`, s.networkAdmin.auth, { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.rawPayload).toString()).districts).toHaveLength(3);
  });

  it('filters by provider and by coach', async () => {
    const names = async (query: string) => (await get(`/api/cohorts/${s.cohortId}/dashboard?${query}`, s.networkAdmin.auth)).json().districts.map((d: { districtName: string }) => d.districtName);
    expect(await names(`providerId=${s.providerId}`)).toEqual(['Alder Parish', 'Birch Parish']);
    expect(await names(`coachId=${s.providerCoach.id}`)).toEqual(['Birch Parish']);
    expect(await names(`providerId=${s.providerId}&coachId=${s.networkCoach.id}`)).toEqual(['Alder Parish']);
    expect(await names(`coachId=${s.otherNetworkAdmin.id}`)).toEqual([]);
    const bad = await get(`/api/cohorts/${s.cohortId}/dashboard?providerId=nope`, s.networkAdmin.auth);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('query/providerId');
  });

  it("shows a network's coach only the districts assigned to them", async () => {
    const res = await get(`/api/cohorts/${s.cohortId}/dashboard`, s.networkCoach.auth);
    expect(res.statusCode).toBe(200);
    expect(res.json().districts.map((d: { districtName: string }) => d.districtName)).toEqual(['Alder Parish']);
    expect(res.json().totals.districts).toBe(1);
  });

  it('is 404 to another network, a provider and a district, and for a cohort that does not exist', async () => {
    for (const person of [s.otherNetworkAdmin, s.providerCoach]) {
      const res = await get(`/api/cohorts/${s.cohortId}/dashboard`, person.auth);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Alder');
    }
    const districtAdmin = await t.factories.user({ organizationId: s.alder.id, role: 'administrator' });
    expect((await get(`/api/cohorts/${s.cohortId}/dashboard`, districtAdmin.auth)).statusCode).toBe(404);
    expect((await get('/api/cohorts/00000000-0000-4000-8000-000000000000/dashboard', s.networkAdmin.auth)).statusCode).toBe(404);
    expect((await get(`/api/cohorts/${s.cohortId}/dashboard.xlsx`, s.otherNetworkAdmin.auth)).statusCode).toBe(404);
  });

  it('names the phases in the reader’s language', async () => {
    const body = (await get(`/api/cohorts/${s.cohortId}/dashboard`, s.networkAdmin.auth, { 'accept-language': 'es' })).json();
    const english = (await get(`/api/cohorts/${s.cohortId}/dashboard`, s.networkAdmin.auth)).json();
    expect(body.timeline.phases[0].name).not.toBe(english.timeline.phases[0].name);
  });
});

describe('GET /api/cohorts/:cohortId/dashboard.xlsx', () => {
  const read = async (url: string, headers: Record<string, string> = {}) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { ...s.networkAdmin.auth, ...headers } });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return { res, workbook };
  };

  it('has a Districts sheet and a Deliverables sheet with bold, frozen headers', async () => {
    const { res, workbook } = await read(`/api/cohorts/${s.cohortId}/dashboard.xlsx`);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('Cohort 4 dashboard.xlsx');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Districts', 'Deliverables']);
    const districts = workbook.getWorksheet('Districts')!;
    expect(districts.getCell('A1').value).toBe('District');
    expect(districts.getCell('A1').font?.bold).toBe(true);
    expect(districts.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(districts.getColumn(1).width).toBe(32);
    expect(districts.getRow(2).values).toEqual(expect.arrayContaining(['Alder Parish', 'Enrolled', 'Thru Consulting', 'Nora Network (Lead coach)', 'Behind by 1']));
    expect(districts.rowCount).toBe(4);
    const deliverables = workbook.getWorksheet('Deliverables')!;
    expect(deliverables.getCell('G1').value).toBe('F Organizational diagnostic report');
    expect(deliverables.getCell('A2').value).toBe('Alder Parish');
    expect(deliverables.getCell('G2').value).toBe('In review (approved)');
    expect(deliverables.getCell('B2').value).toBe('In progress (overdue)');
    expect(deliverables.getCell('G3').value).toBe('In progress (changes requested)');
  });

  it('keeps the filters and speaks Spanish on ?lang=es', async () => {
    const { workbook } = await read(`/api/cohorts/${s.cohortId}/dashboard.xlsx?coachId=${s.providerCoach.id}&lang=es`);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Distritos', 'Entregables']);
    const sheet = workbook.getWorksheet('Distritos')!;
    expect(sheet.getCell('A1').value).toBe('Distrito');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getCell('A2').value).toBe('Birch Parish');
  });
});
