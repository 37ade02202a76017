import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { importAdoptedPlan } from '../../testing/adopted-plan.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import { sendAllUpdateReminders, sendUpdateReminders } from './send-update-reminders.js';

/**
 * Dates are years ahead of the real clock on purpose: the links the sweep mails expire at the end
 * of the due date plus the district's grace period (14 days by default), checked against the
 * database clock, so they stay good while the sweep itself runs on the fixed days the test names.
 *
 * With the default calendar (school year from July, measures due 14 days after the period ends),
 * the quarterly measure's first period is 2030-31 Q1 (July-September 2030), due 2030-10-14 and
 * closing 2031-01-14 when the next one falls due.
 */
const DUE_ON = '2030-10-14';
const PERIOD = '2030-31 Q1';

function planDocument(): PlanDocument {
  return {
    format: 'strategic-plan/v1',
    organization: { name: 'Reminder test district', kind: 'district' },
    plan: {
      title: 'Bright Futures 2035',
      period: { start: { label: '2030-31', ends_on: '2031-06-30' }, end: { label: '2034-35', ends_on: '2035-06-30' } },
      status: 'draft',
      goals: [
        {
          key: 'G1',
          title: 'Every child reads',
          measures: [
            {
              key: 'G1.M1',
              name: 'Grade 3 reading proficiency',
              unit: 'percent',
              direction: 'increase',
              cadence: 'quarterly',
              baseline: { period: { label: '2029-30', ends_on: '2030-06-30' }, value: 40 },
              targets: [{ period: { label: '2034-35', ends_on: '2035-06-30' }, value: 60 }],
            },
          ],
          strategies: [],
        },
      ],
    },
  };
}

let t: TestApp;
type Person = Awaited<ReturnType<TestApp['factories']['user']>>;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A district with an adopted plan whose measure G1.M1 is owned by `owner`. */
async function districtWithOwnedMeasure(options: { locale?: 'en' | 'es'; supervised?: boolean; digest?: boolean } = {}) {
  const district = await t.factories.organization({ name: `Cedar Valley ${Math.random().toString(36).slice(2, 6)}` });
  const admin = await t.factories.user({ organizationId: district.id, role: 'administrator', name: 'Ada Admin' });
  const owner = await t.factories.user({ organizationId: district.id, role: 'contributor', name: 'Omar Owner' });
  const supervisor = await t.factories.user({ organizationId: district.id, role: 'planner', name: 'Sara Supervisor' });
  if (options.locale) await t.ctx.db.updateTable('users').set({ locale: options.locale }).where('id', '=', owner.id).execute();

  const planId = await importAdoptedPlan(t, { districtId: district.id, headers: admin.auth, document: planDocument(), adoptedOn: '2030-06-10' });
  const owned = await t.app.inject({ method: 'PUT', url: `/api/plans/${planId}/owners/G1.M1`, headers: admin.auth, payload: { userId: owner.id } });
  expect(owned.statusCode).toBe(200);
  if (options.supervised || options.digest) {
    const person = await t.app.inject({
      method: 'PUT',
      url: `/api/districts/${district.id}/monitoring/people/${owner.id}`,
      headers: admin.auth,
      payload: { ...(options.supervised ? { supervisorId: supervisor.id } : {}), ...(options.digest ? { wantsDailyDigest: true } : {}) },
    });
    expect(person.statusCode).toBe(200);
  }
  return { district, admin, owner, supervisor, planId };
}

async function run(districtId: string, admin: Person, today: string) {
  const res = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/monitoring/reminders/run`, headers: admin.auth, payload: { today } });
  expect(res.statusCode).toBe(200);
  return json<{ sent: { kind: string; to: string; elementKey: string; periodLabel: string }[] }>(res).sent;
}

const mailsOf = (districtId: string) =>
  t.ctx.db.selectFrom('outbox_messages').selectAll().where('organization_id', '=', districtId).orderBy('created_at').orderBy('id').execute();

/** The token of the last update link mailed to `email`. */
async function lastLinkTo(districtId: string, email: string) {
  const mails = (await mailsOf(districtId)).filter((m) => m.to_address === email);
  const match = /\/update\/([A-Za-z0-9_-]+)/.exec(mails.at(-1)?.body_text ?? '');
  expect(match, 'a mailed update link').not.toBeNull();
  return match![1]!;
}

describe('the reminder sweep', () => {
  it('reminds before the due date, every few days after it, escalates once, and never twice', async () => {
    const { district, admin, owner, supervisor } = await districtWithOwnedMeasure({ supervised: true });
    const days: [string, string[]][] = [
      ['2030-10-10', []], // 4 days before: not yet
      ['2030-10-11', ['before']], // remindDaysBefore (3) before the due date
      ['2030-10-12', []],
      ['2030-10-14', []], // the due date itself
      ['2030-10-15', ['overdue']], // the day after
      ['2030-10-16', []],
      ['2030-10-17', []],
      ['2030-10-18', ['overdue']], // every remindEveryDays (3)
      ['2030-10-21', ['overdue']],
      ['2030-10-24', ['overdue', 'escalation']], // escalateAfterDays (10) late
      ['2030-10-25', []],
      ['2030-10-27', ['overdue']], // the escalation went once
    ];
    let mailCount = 0;
    for (const [today, kinds] of days) {
      const sent = await run(district.id, admin, today);
      expect(sent.map((s) => s.kind).sort(), today).toEqual([...kinds].sort());
      for (const s of sent) {
        expect(s).toMatchObject({ elementKey: 'G1.M1', periodLabel: PERIOD, to: s.kind === 'escalation' ? supervisor.email : owner.email });
      }
      mailCount += kinds.length;
      expect(await mailsOf(district.id), today).toHaveLength(mailCount);
      // Running the same day again (a restart, a second process) sends nothing.
      expect(await run(district.id, admin, today), `${today} again`).toEqual([]);
    }
    expect(await mailsOf(district.id)).toHaveLength(mailCount);

    const mails = await mailsOf(district.id);
    expect(mails[0]!.subject).toBe(`Update due ${DUE_ON}: Grade 3 reading proficiency`);
    expect(mails[1]!.subject).toBe(`Overdue update: Grade 3 reading proficiency (${PERIOD})`);
    const escalation = mails.find((m) => m.to_address === supervisor.email)!;
    expect(escalation.subject).toBe("10 days overdue: Omar Owner's update on Grade 3 reading proficiency");
    expect(escalation.body_text).toContain(owner.email);
    expect(escalation.body_text).not.toContain('/update/');

    // Once the update is in, the reminders stop.
    const token = await lastLinkTo(district.id, owner.email);
    const posted = await t.app.inject({ method: 'POST', url: `/api/update-links/${token}`, payload: { values: [{ subgroup: null, value: 44 }], happened: 'Tutoring began.' } });
    expect(posted.statusCode).toBe(201);
    expect(await run(district.id, admin, '2030-10-30')).toEqual([]);
  });

  it('sends once when two processes sweep the same district on the same day', async () => {
    const { district } = await districtWithOwnedMeasure();
    const runs = await Promise.all([1, 2, 3].map(() => sendUpdateReminders({ ctx: t.ctx, organizationId: district.id, today: '2030-10-11' })));
    expect(runs.flat()).toHaveLength(1);
    expect(await mailsOf(district.id)).toHaveLength(1);
    // The daily job sweeps every district the same way.
    await sendAllUpdateReminders({ ctx: t.ctx, today: '2030-10-11' });
    expect(await mailsOf(district.id)).toHaveLength(1);
    await sendAllUpdateReminders({ ctx: t.ctx, today: '2030-10-15' });
    expect(await mailsOf(district.id)).toHaveLength(2);
  });

  it('puts a single-use link per item in the outbox body, good until the due date plus the grace period', async () => {
    const { district, admin, owner, planId } = await districtWithOwnedMeasure();
    await run(district.id, admin, '2030-10-11');
    const [mail] = await mailsOf(district.id);
    expect(mail!.to_address).toBe(owner.email);
    expect(mail!.status).toBe('held');
    expect(mail!.body_text).toMatch(new RegExp(`http://waymark\\.test/update/[A-Za-z0-9_-]{43}\\b`));
    expect(mail!.body_text).toContain('Bright Futures 2035');
    const links = await t.ctx.db.selectFrom('update_links').selectAll().where('organization_id', '=', district.id).execute();
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ plan_id: planId, element_key: 'G1.M1', period_label: PERIOD, user_id: owner.id, used_at: null });
    // Due 2030-10-14, plus the default 14 days of grace: not until the next period falls due (2031-01-14).
    expect(new Date(links[0]!.expires_at).toISOString()).toBe('2030-10-28T23:59:59.999Z');
    expect(mail!.body_text).toContain('The link works once, until 2030-10-28.');
    // Only the HMAC is stored, never the token itself.
    expect(mail!.body_text).not.toContain(links[0]!.token_hash);
  });

  it("follows the district's grace period, and leaves the link out of reminders sent after it", async () => {
    const { district, admin } = await districtWithOwnedMeasure();
    const settingsUrl = `/api/districts/${district.id}/monitoring/settings`;
    const current = json(await t.app.inject({ method: 'GET', url: settingsUrl, headers: admin.auth }));
    expect(current.updateLinkGraceDays).toBe(14);
    const bad = await t.app.inject({ method: 'PUT', url: settingsUrl, headers: admin.auth, payload: { ...current, updateLinkGraceDays: 365 } });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.details.map((d: { path: string }) => d.path)).toEqual(['/updateLinkGraceDays']);
    const saved = await t.app.inject({ method: 'PUT', url: settingsUrl, headers: admin.auth, payload: { ...current, updateLinkGraceDays: 3 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(json(saved).updateLinkGraceDays).toBe(3);
    await run(district.id, admin, '2030-10-11');
    const links = await t.ctx.db.selectFrom('update_links').select('expires_at').where('organization_id', '=', district.id).execute();
    expect(links.map((l) => new Date(l.expires_at).toISOString())).toEqual(['2030-10-17T23:59:59.999Z']);
    // An overdue reminder after the grace period names the item but carries no link.
    await run(district.id, admin, '2030-10-20');
    const mails = await mailsOf(district.id);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.body_text).toContain('Grade 3 reading proficiency');
    expect(mails[1]!.body_text).not.toMatch(/\/update\//);
    expect(await t.ctx.db.selectFrom('update_links').select('id').where('organization_id', '=', district.id).execute()).toHaveLength(1);
  });

  it('sends people who chose the digest one message a day listing their open items', async () => {
    const { district, admin, owner } = await districtWithOwnedMeasure({ digest: true });
    const first = await run(district.id, admin, '2030-10-11');
    expect(first).toEqual([{ kind: 'digest', to: owner.email, elementKey: 'G1.M1', periodLabel: PERIOD }]);
    expect(await run(district.id, admin, '2030-10-11')).toEqual([]);
    expect((await run(district.id, admin, '2030-10-12')).map((s) => s.kind)).toEqual(['digest']);
    expect((await run(district.id, admin, '2030-10-16')).map((s) => s.kind)).toEqual(['digest']);
    const mails = await mailsOf(district.id);
    expect(mails).toHaveLength(3);
    expect(mails[0]!.subject).toMatch(/^Your updates in Cedar Valley \w+, 2030-10-11: 1 open, 0 overdue$/);
    expect(mails[2]!.subject).toMatch(/2030-10-16: 1 open, 1 overdue$/);
    expect(mails[2]!.body_text).toContain('Grade 3 reading proficiency');
    expect(mails[2]!.body_text).toMatch(/\/update\/[A-Za-z0-9_-]{43}/);
  });

  it("writes to a Spanish speaker in Spanish", async () => {
    const { district, admin } = await districtWithOwnedMeasure({ locale: 'es' });
    await run(district.id, admin, '2030-10-11');
    await run(district.id, admin, '2030-10-15');
    const [before, overdue] = await mailsOf(district.id);
    expect(before!.subject).toBe(`Actualización pendiente para el ${DUE_ON}: Grade 3 reading proficiency`);
    expect(before!.body_text).toContain('Hola Omar Owner:');
    expect(before!.body_text).toContain('Publique la actualización aquí, sin contraseña');
    expect(overdue!.subject).toBe(`Actualización atrasada: Grade 3 reading proficiency (${PERIOD})`);
    expect(overdue!.body_text).toContain('hace 1 día');
  });

  it('answers what it sent only to those who manage monitoring', async () => {
    const { district, owner } = await districtWithOwnedMeasure();
    const res = await t.app.inject({ method: 'POST', url: `/api/districts/${district.id}/monitoring/reminders/run`, headers: owner.auth, payload: { today: '2030-10-11' } });
    expect(res.statusCode).toBe(403);
    expect(await mailsOf(district.id)).toHaveLength(0);
  });

  it('runs for the server date without a body, and refuses a malformed day', async () => {
    const { district, admin } = await districtWithOwnedMeasure();
    const bare = await t.app.inject({ method: 'POST', url: `/api/districts/${district.id}/monitoring/reminders/run`, headers: admin.auth });
    expect(bare.statusCode, bare.body).toBe(200);
    expect(json(bare)).toEqual({ sent: [] }); // the plan's first period is years away
    const res = await t.app.inject({ method: 'POST', url: `/api/districts/${district.id}/monitoring/reminders/run`, headers: admin.auth, payload: { today: '2030-13-45' } });
    expect(res.statusCode).toBe(400);
    expect(json(res).error.details[0].path).toBe('/today');
  });
});

describe('update links', () => {
  it('open the update form without a session and post once', async () => {
    const { district, admin, owner, planId } = await districtWithOwnedMeasure();
    await run(district.id, admin, '2030-10-11');
    const token = await lastLinkTo(district.id, owner.email);

    const opened = await t.app.inject({ method: 'GET', url: `/api/update-links/${token}` });
    expect(opened.statusCode).toBe(200);
    expect(json(opened)).toMatchObject({
      planId,
      planTitle: 'Bright Futures 2035',
      elementKey: 'G1.M1',
      kind: 'measure',
      name: 'Grade 3 reading proficiency',
      canUpdate: true,
      periodLabel: PERIOD,
      expiresAt: '2030-10-28T23:59:59.999Z',
      districtName: district.name,
      periods: [expect.objectContaining({ label: PERIOD, dueOn: DUE_ON, closesOn: '2031-01-14' })],
    });
    expect(json(opened).periods).toHaveLength(1);
    // The district's student groups come with the form, since the link has no session to read them with.
    expect(json(opened).studentGroups).toContainEqual(expect.objectContaining({ key: 'english_learner', name: 'English learners', isRetired: false }));

    const posted = await t.app.inject({ method: 'POST', url: `/api/update-links/${token}`, payload: { values: [{ subgroup: null, value: 43.5, n: 120 }], happened: 'Small groups started.', why: 'New tutors.' } });
    expect(posted.statusCode).toBe(201);
    expect(json(posted)).toMatchObject({ periodLabel: PERIOD, revision: 1, source: 'link', author: 'Omar Owner', happened: 'Small groups started.', values: [{ subgroup: null, value: 43.5, n: 120 }] });
    const stored = await t.ctx.db.selectFrom('element_updates').selectAll().where('plan_id', '=', planId).execute();
    expect(stored).toEqual([expect.objectContaining({ author_id: owner.id, source: 'link', period_label: PERIOD })]);

    expect((await t.app.inject({ method: 'GET', url: `/api/update-links/${token}` })).statusCode).toBe(404);
    const again = await t.app.inject({ method: 'POST', url: `/api/update-links/${token}`, payload: { happened: 'Twice?' } });
    expect(again.statusCode).toBe(404);
    expect(json(again).error.code).toBe('not_found');
  });

  it('take the evidence of the update they posted, and of no other, only after posting', async () => {
    const { district, admin, owner, planId } = await districtWithOwnedMeasure();
    await run(district.id, admin, '2030-10-11');
    const token = await lastLinkTo(district.id, owner.email);
    const attach = (updateId: string, body = 'school,tutors\nOak,4\n', type = 'text/csv') =>
      t.app.inject({ method: 'POST', url: `/api/update-links/${token}/evidence?updateId=${updateId}&fileName=roster.csv`, headers: { 'content-type': type }, payload: body });

    const other = await t.ctx.db.selectFrom('element_updates').select('id').where('plan_id', '=', planId).executeTakeFirst();
    expect(other).toBeUndefined();
    expect((await attach('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);

    const posted = json(await t.app.inject({ method: 'POST', url: `/api/update-links/${token}`, payload: { values: [{ subgroup: null, value: 44 }] } }));
    const added = await attach(posted.id);
    expect(added.statusCode).toBe(201);
    expect(json(added)).toMatchObject({ fileName: 'roster.csv', contentType: 'text/csv' });
    expect((await attach(posted.id, '%PDF-1.4', 'application/x-msdownload')).statusCode).toBe(400);
    const evidence = await t.ctx.db.selectFrom('update_evidence').select(['file_name', 'update_id']).where('organization_id', '=', district.id).execute();
    expect(evidence).toEqual([{ file_name: 'roster.csv', update_id: posted.id }]);

    // An update of the same measure posted in the application is not the link's to add to.
    const byPlanner = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/elements/G1.M1/updates`, headers: admin.auth, payload: { periodLabel: PERIOD, values: [{ subgroup: null, value: 45 }], correctionNote: 'Late sheets' } });
    expect(byPlanner.statusCode).toBe(201);
    expect((await attach(json(byPlanner).id)).statusCode).toBe(404);
  });

  it('stay usable when a post is refused', async () => {
    const { district, admin, owner } = await districtWithOwnedMeasure();
    await run(district.id, admin, '2030-10-11');
    const token = await lastLinkTo(district.id, owner.email);
    const refused = await t.app.inject({ method: 'POST', url: `/api/update-links/${token}`, payload: { actionStatus: 'complete' } });
    expect(refused.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `/api/update-links/${token}` })).statusCode).toBe(200);
  });

  it('are not found when expired, unknown, or no longer the owner’s', async () => {
    const { district, admin, owner, planId } = await districtWithOwnedMeasure();
    await run(district.id, admin, '2030-10-11');
    const token = await lastLinkTo(district.id, owner.email);
    await t.ctx.db.updateTable('update_links').set({ expires_at: new Date(Date.now() - 1000) }).where('organization_id', '=', district.id).execute();
    const expired = await t.app.inject({ method: 'GET', url: `/api/update-links/${token}` });
    expect(expired.statusCode).toBe(404);
    expect(json(expired).error.code).toBe('not_found');
    expect((await t.app.inject({ method: 'POST', url: `/api/update-links/${token}`, payload: { happened: 'Late' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/update-links/not-a-real-token' })).statusCode).toBe(404);

    // A link whose owner was replaced stops working.
    await run(district.id, admin, '2030-10-15');
    const fresh = await lastLinkTo(district.id, owner.email);
    await t.app.inject({ method: 'PUT', url: `/api/plans/${planId}/owners/G1.M1`, headers: admin.auth, payload: { userId: admin.id } });
    expect((await t.app.inject({ method: 'GET', url: `/api/update-links/${fresh}` })).statusCode).toBe(404);
  });
});
