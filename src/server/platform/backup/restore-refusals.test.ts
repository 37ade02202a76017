import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { openTestDatabase } from '../../testing/test-database.js';
import { cliActor } from '../audit/actor.js';
import { organizationsRepo } from '../organizations/organizations.repo.js';
import type { BackupDocument } from './backup-document.js';
import { backupDistrict } from './backup-district.js';
import { restoreDistrict } from './restore-district.js';

let t: TestApp;
let empty: Database;
beforeAll(async () => {
  [t, empty] = await Promise.all([createTestApp(), openTestDatabase()]);
});
afterAll(async () => {
  await t.close();
  await empty.close();
});

const allTables = ['organizations', 'schools', 'users', 'memberships', 'coach_assignments', 'one_time_tokens', 'audit_events', 'outbox_messages', 'api_tokens', 'sessions'];

/** Every row of every table, to show that a refused restore changed nothing at all. */
async function snapshot(db: Kysely<DB>) {
  const tables: Record<string, unknown[]> = {};
  for (const table of allTables) {
    const result = await sql<{ row: unknown }>`select to_jsonb(t) as row from ${sql.table(table)} t order by to_jsonb(t)`.execute(db);
    tables[table] = result.rows.map((r) => r.row);
  }
  return tables;
}

async function districtWithBackup() {
  const district = await t.factories.organization();
  const admin = await t.factories.user({ organizationId: district.id, role: 'administrator' });
  await inTransaction(t.ctx.db, (trx) => organizationsRepo.insertSchool(trx, district.id, { name: 'Original School', code: null }));
  const backup = await backupDistrict({ db: t.ctx.db, districtId: district.id });
  return { district, admin, backup };
}

const copy = (backup: BackupDocument): any => JSON.parse(JSON.stringify(backup));

describe('restore refuses a bad document before writing', () => {
  const cases: { name: string; change: (doc: any) => unknown; path: string; message?: string; issue: object }[] = [
    { name: 'another format', change: (doc) => ({ ...doc, format: 'something-else' }), path: 'format', message: 'not a Waymark district backup', issue: { code: 'invalid_choice' } },
    { name: 'a newer version', change: (doc) => ({ ...doc, version: 2 }), path: 'version', issue: { code: 'invalid_choice' } },
    { name: 'not an object', change: () => 'hello', path: '(the whole file)', issue: { code: 'invalid_type' } },
    { name: "a row of another district", change: (doc) => ((doc.tables.schools[0].organization_id = '00000000-0000-4000-8000-000000000001'), doc), path: 'tables.schools[0].organization_id', message: "must be the district's id", issue: { code: 'not_this_district', params: { districtId: expect.any(String) } } },
    { name: 'a membership of a person not in the file', change: (doc) => ((doc.users = []), doc), path: 'tables.memberships[0].user_id', issue: { code: 'unknown_person' } },
    { name: 'an unknown column', change: (doc) => ((doc.tables.schools[0].colour = 'red'), doc), path: 'tables.schools[0]', message: 'colour', issue: { code: 'invalid' } },
    { name: 'an unknown table', change: (doc) => ((doc.tables.spaceships = []), doc), path: 'tables', message: 'spaceships', issue: { code: 'invalid' } },
    { name: 'a broken timestamp', change: (doc) => ((doc.tables.schools[0].created_at = 'yesterday'), doc), path: 'tables.schools[0].created_at', issue: { code: 'invalid_format' } },
    { name: 'a missing district row', change: (doc) => ((doc.tables.organizations = []), doc), path: 'tables.organizations', issue: { code: 'one_district_row', params: { count: 0 } } },
  ];

  for (const { name, change, path, message, issue } of cases) {
    it(`names the problem: ${name}`, async () => {
      const { backup } = await districtWithBackup();
      const before = await snapshot(empty.db);
      const error = await restoreDistrict({ db: empty.db, actor: cliActor, document: change(copy(backup)), replace: false }).catch((e) => e);
      expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('nothing was restored') });
      expect(error.details).toContainEqual({ path, message: message ? expect.stringContaining(message) : expect.any(String), ...issue });
      expect(await snapshot(empty.db)).toEqual(before);
    });
  }

  it('rolls everything back when the database refuses a row part way', async () => {
    const { backup } = await districtWithBackup();
    const doc = copy(backup);
    doc.tables.schools.push({ ...doc.tables.schools[0], name: 'Same id twice' });
    const before = await snapshot(empty.db);
    const error = await restoreDistrict({ db: empty.db, actor: cliActor, document: doc, replace: false }).catch((e) => e);
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/refused the backup, so nothing was restored: duplicate key/) });
    // The organization and the users were written before the schools: they must be gone too.
    expect(await snapshot(empty.db)).toEqual(before);
  });
});

describe('restore over a district that is already here', () => {
  it('is refused without replace, and changes nothing', async () => {
    const { district, backup } = await districtWithBackup();
    await inTransaction(t.ctx.db, (trx) => organizationsRepo.insertSchool(trx, district.id, { name: 'Added Later', code: null }));
    const before = await snapshot(t.ctx.db);
    const error = await restoreDistrict({ db: t.ctx.db, actor: cliActor, document: backup, replace: false }).catch((e) => e);
    expect(error).toMatchObject({ code: 'already_exists', message: expect.stringContaining('is already here') });
    expect(error.details).toEqual([{ path: '/replace', message: expect.stringContaining('deletes'), code: 'replace_to_overwrite' }]);
    expect(await snapshot(t.ctx.db)).toEqual(before);
  });

  it('with replace, puts the backup in place of the current rows', async () => {
    const { district, backup } = await districtWithBackup();
    const latecomer = await t.factories.user({ organizationId: district.id, role: 'viewer' });
    await inTransaction(t.ctx.db, (trx) => organizationsRepo.insertSchool(trx, district.id, { name: 'Added Later', code: null }));

    const summary = await restoreDistrict({ db: t.ctx.db, actor: cliActor, document: backup, replace: true });
    expect(summary).toMatchObject({ wasReplaced: true, users: { created: 0, matched: 1 } });
    const schools = await organizationsRepo.listSchools(t.ctx.db, district.id);
    expect(schools.map((s) => s.name)).toEqual(['Original School']);
    const members = await t.ctx.db.selectFrom('memberships').select('user_id').where('organization_id', '=', district.id).execute();
    expect(members.map((m) => m.user_id)).not.toContain(latecomer.id);
    // The account of someone who joined after the backup stays; only the district's rows go.
    expect(await t.ctx.db.selectFrom('users').select('id').where('id', '=', latecomer.id).executeTakeFirst()).toBeDefined();
  });

  it('gives the district a free slug when another organization here took it', async () => {
    const { district, backup } = await districtWithBackup();
    const restoredSlug = String(backup.tables.organizations![0]!.slug);
    await inTransaction(empty.db, (trx) => organizationsRepo.insert(trx, { name: restoredSlug, kind: 'district' }));
    const summary = await restoreDistrict({ db: empty.db, actor: cliActor, document: backup, replace: false });
    expect(summary.notes).toEqual([expect.stringContaining(`is now "${restoredSlug}-2"`)]);
    expect((await organizationsRepo.findById(empty.db, district.id))?.slug).toBe(`${restoredSlug}-2`);
  });
});
