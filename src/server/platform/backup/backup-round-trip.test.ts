import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { defaultSignInLimits } from '../../context.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { openTestDatabase } from '../../testing/test-database.js';
import { TEST_PASSWORD } from '../../testing/factories.js';
import { cliActor } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { signIn } from '../sign-in/sign-in.js';
import { inviteMember } from '../invitations/invite-member.js';
import { organizationsRepo } from '../organizations/organizations.repo.js';
import { queueMail } from '../outbox/queue-mail.js';
import { peopleRepo } from '../people/people.repo.js';
import type { BackupRow } from './backup-columns.js';
import { backupDistrict } from './backup-district.js';
import { backupTables, backupUsers } from './backup-tables.js';
import { backupRepo } from './backup.repo.js';
import { restoreDistrict } from './restore-district.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A district with a row in every backed-up table, and a neighbour whose rows must stay out. */
async function buildDistrict(options: { networkId?: string } = {}) {
  const district = await t.factories.organization({ networkId: options.networkId });
  const admin = await t.factories.user({ organizationId: district.id, role: 'administrator' });
  const planner = await t.factories.user({ organizationId: district.id, role: 'planner', isActive: false });
  const outsider = await t.factories.user();
  await inTransaction(t.ctx.db, async (trx) => {
    await organizationsRepo.insertSchool(trx, district.id, { name: 'North Elementary', code: 'NE' });
    await organizationsRepo.insertSchool(trx, district.id, { name: 'South High', code: null });
    // Someone who was never a member still appears in the history.
    await recordAuditEvent(trx, { userId: outsider.id, label: outsider.email }, { organizationId: district.id, action: 'test.note', entityType: 'organization', entityId: null, after: { nested: { list: [1, 'two', null] } } });
  });
  await inviteMember({ ctx: t.ctx, actor: { userId: admin.id, label: admin.email }, inviterName: admin.name, organizationId: district.id, email: 'invitee@example.org', role: 'viewer' });
  // A plan of over 500 elements: restore inserts in slices, parents before children.
  const { importPlan } = await import('../../plan/plans/import-plan.js');
  const { generateLargePlan } = await import('../../../core/plan/format/fixtures/large-plan.js');
  const plan = await importPlan({ db: t.ctx.db, actor: { userId: admin.id, label: admin.email }, organizationId: district.id, input: generateLargePlan() });
  await t.ctx.db.insertInto('plan_comments').values({ plan_id: plan.id, organization_id: district.id, author_id: admin.id, body: 'Looks good', mentions: '[]' }).execute();
  // A survey with a response sent online, a paper one typed in by the administrator, and the district's engagement settings.
  const { createSurvey } = await import('../../engagement/surveys/create-survey.js');
  const { openSurvey } = await import('../../engagement/surveys/open-survey.js');
  const { submitSurveyResponse } = await import('../../engagement/surveys/submit-survey-response.js');
  const { enterPaperResponse } = await import('../../engagement/surveys/enter-paper-response.js');
  const { saveEngagementSettings } = await import('../../engagement/settings/save-engagement-settings.js');
  const { sampleSurvey } = await import('../../testing/survey-test-kit.js');
  const surveyScope = { db: t.ctx.db, actor: { userId: admin.id, label: admin.email }, organizationId: district.id };
  const survey = await createSurvey({ ...surveyScope, input: sampleSurvey({ mode: 'confidential' }) });
  const { code } = await openSurvey({ ...surveyScope, surveyId: survey.id });
  await submitSurveyResponse({ db: t.ctx.db, code, submission: { submission_id: crypto.randomUUID(), locale: 'es', answers: { role: 'parent', channels: ['email'] } }, channel: 'web', client: { address: '192.0.2.1' }, secret: t.ctx.config.sessionSecret });
  await enterPaperResponse({ ...surveyScope, surveyId: survey.id, submissionId: crypto.randomUUID(), locale: 'en', answers: { role: 'staff', children: 2 }, respondent: { name: 'Ana', email: 'ana@example.org' } });
  await saveEngagementSettings({ ...surveyScope, version: 1, values: { respondent_threshold: 6, page_texts: { ar: { next: 'التالي' } } } });
  const neighbour = await t.factories.organization();
  await t.factories.user({ organizationId: neighbour.id, role: 'administrator' });
  await inTransaction(t.ctx.db, (trx) => organizationsRepo.insertSchool(trx, neighbour.id, { name: 'Neighbour School', code: null }));
  return { district, admin, planner, outsider, neighbour };
}

/** Every registered table's rows of the district, exactly as the database holds them. */
async function readDistrict(db: Kysely<DB>, districtId: string) {
  return db.transaction().execute(async (trx) => {
    const tables: Record<string, BackupRow[]> = {};
    for (const entry of backupTables) tables[entry.table] = await backupRepo.selectRows(trx, entry.table, entry.districtColumn, districtId, entry.serialColumn);
    return tables;
  });
}

async function readUsers(db: Kysely<DB>, emails: string[]) {
  const result = await sql<{ row: BackupRow }>`select to_jsonb(u) as row from users u where email = any(${emails}) order by email`.execute(db);
  return result.rows.map((r) => r.row);
}

const withoutSerialKey = (rows: BackupRow[] = []) => rows.map(({ id: _id, ...rest }) => rest);

describe('backup of a district', () => {
  it('holds the district, its rows and the people they point at, and nothing of other districts', async () => {
    const { district, admin, planner, outsider, neighbour } = await buildDistrict();
    const backup = await backupDistrict({ db: t.ctx.db, districtId: district.id });
    expect(backup).toMatchObject({ format: 'waymark-district-backup', version: 1, districtId: district.id });
    expect(backup.tables.organizations!.map((o) => o.id)).toEqual([district.id]);
    expect(backup.tables.schools!.map((s) => s.name).sort()).toEqual(['North Elementary', 'South High']);
    expect(backup.tables.memberships).toHaveLength(2);
    expect(backup.tables.one_time_tokens!.map((o) => o.email)).toEqual(['invitee@example.org']);
    expect(backup.tables.outbox_messages!.map((o) => o.to_address)).toEqual(['invitee@example.org']);
    expect(backup.tables.engagement_settings!.map((o) => o.page_texts)).toEqual([{ ar: { next: 'التالي' } }]);
    expect(backup.users.map((u) => u.email).sort()).toEqual([admin.email, planner.email, outsider.email].sort());
    expect(backup.users.every((u) => typeof u.password_hash === 'string' && u.password_hash.startsWith('$argon2id$'))).toBe(true);
    expect(JSON.stringify(backup)).not.toContain(neighbour.id);
  });

  it('refuses an unknown id and a network', async () => {
    const network = await t.factories.organization({ kind: 'network' });
    await expect(backupDistrict({ db: t.ctx.db, districtId: network.id })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('is a network') });
    await expect(backupDistrict({ db: t.ctx.db, districtId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('describes every column of every table it covers', async () => {
    for (const entry of [...backupTables, backupUsers]) {
      const result = await sql<{ column_name: string }>`
        select column_name from information_schema.columns where table_schema = current_schema() and table_name = ${entry.table}`.execute(t.ctx.db);
      expect([...entry.columnNames].sort(), entry.table).toEqual(result.rows.map((r) => r.column_name).sort());
    }
  });
});

describe('restore into an empty database', () => {
  let target: Database;
  beforeAll(async () => {
    target = await openTestDatabase();
  });
  afterAll(() => target.close());

  it('gives back equal rows, and the people can sign in with their passwords', async () => {
    const { district, admin, planner, outsider } = await buildDistrict();
    const backup = await backupDistrict({ db: t.ctx.db, districtId: district.id });
    const summary = await restoreDistrict({ db: target.db, actor: cliActor, document: JSON.parse(JSON.stringify(backup)), replace: false });
    expect(summary).toMatchObject({ districtId: district.id, wasReplaced: false, users: { created: 3, matched: 0 }, notes: [] });
    expect(summary.restored).toMatchObject({ organizations: 1, schools: 2, memberships: 2, one_time_tokens: 1, outbox_messages: 1 });

    const before = await readDistrict(t.ctx.db, district.id);
    const after = await readDistrict(target.db, district.id);
    // Serial keys (a survey response's ingest seq) are numbered by the target, in the same order.
    const withoutSerial = (column: string | null, rows: BackupRow[] = []) => (column ? rows.map(({ [column]: _serial, ...rest }) => rest) : rows);
    for (const entry of backupTables.filter((e) => e.table !== 'audit_events')) expect(withoutSerial(entry.serialColumn, after[entry.table]), entry.table).toEqual(withoutSerial(entry.serialColumn, before[entry.table]));
    // Audit rows are renumbered by the target and gain one row for the restore itself.
    const restoredEvents = after.audit_events!.filter((e) => e.action !== 'district.restored');
    expect(withoutSerialKey(restoredEvents)).toEqual(withoutSerialKey(before.audit_events));
    expect(after.audit_events!.at(-1)).toMatchObject({ action: 'district.restored', actor_label: 'command line' });

    const emails = [admin.email, planner.email, outsider.email];
    expect(await readUsers(target.db, emails)).toEqual(await readUsers(t.ctx.db, emails));
    const signedIn = await signIn({ db: target.db, limits: defaultSignInLimits, secret: 'test-secret', email: admin.email, password: TEST_PASSWORD, address: '127.0.0.1' });
    expect(signedIn.id).toBe(admin.id);
  });

  it('detaches a district whose network is not there, leaves out its coach assignments and holds pending mail', async () => {
    const network = await t.factories.organization({ kind: 'network' });
    const { district } = await buildDistrict({ networkId: network.id });
    const coach = await t.factories.user({ organizationId: network.id, role: 'coach' });
    await inTransaction(t.ctx.db, async (trx) => {
      await peopleRepo.replaceCoachDistricts(trx, network.id, coach.id, [district.id]);
      await queueMail(trx, { organizationId: district.id, to: 'someone@example.org', subject: 'Waiting', text: 'Queued before the backup' }, 'pending');
    });
    const backup = await backupDistrict({ db: t.ctx.db, districtId: district.id });
    expect(backup.tables.coach_assignments).toHaveLength(1);

    const summary = await restoreDistrict({ db: target.db, actor: cliActor, document: backup, replace: false });
    expect(summary.restored.coach_assignments).toBe(0);
    expect(summary.notes).toEqual([
      'organizations.network_id cleared on 1 row(s): it names an organization that is not in this database',
      'coach_assignments: 1 row(s) left out: their network_id names an organization that is not in this database',
    ]);
    const restored = await readDistrict(target.db, district.id);
    expect(restored.organizations![0]!.network_id).toBeNull();
    expect(restored.outbox_messages!.map((m) => m.status).sort()).toEqual(['held', 'held']);
  });

  it('keeps an existing account as it is and points the memberships at it', async () => {
    const { district, admin } = await buildDistrict();
    const backup = await backupDistrict({ db: t.ctx.db, districtId: district.id });
    const existing = await inTransaction(target.db, (trx) => peopleRepo.insertUser(trx, { email: admin.email.toUpperCase(), name: 'Kept Name', passwordHash: null, isOperator: true }));

    const summary = await restoreDistrict({ db: target.db, actor: cliActor, document: backup, replace: false });
    expect(summary.users).toEqual({ created: 2, matched: 1 });
    const [account] = await readUsers(target.db, [admin.email]);
    expect(account).toMatchObject({ id: existing.id, name: 'Kept Name', password_hash: null, is_operator: true });
    const membership = await peopleRepo.findMember(target.db, district.id, existing.id);
    expect(membership?.role).toBe('administrator');
  });

  it('never makes a restored person an operator of this instance', async () => {
    const district = await t.factories.organization();
    const operator = await t.factories.user({ organizationId: district.id, role: 'administrator', isOperator: true });
    const backup = await backupDistrict({ db: t.ctx.db, districtId: district.id });
    expect(backup.users[0]).toMatchObject({ email: operator.email, is_operator: true });
    await restoreDistrict({ db: target.db, actor: cliActor, document: backup, replace: false });
    expect((await readUsers(target.db, [operator.email]))[0]).toMatchObject({ is_operator: false });
  });
});
