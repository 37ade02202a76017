import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { DistrictStudentGroup } from '../../../core/monitoring/district-student-groups.js';

type Executor = Kysely<DB> | Transaction<DB>;

export type StudentGroupRow = Awaited<ReturnType<typeof studentGroupsRepo.list>>[number];

const columnsOf = (group: Omit<DistrictStudentGroup, 'key'>) => ({
  category: group.category,
  name: group.name,
  aliases: JSON.stringify(group.aliases),
  is_retired: group.isRetired,
});

export const studentGroupsRepo = {
  /** The district's groups in list order; empty while it uses the built-in list. */
  list(db: Executor, organizationId: string, options: { lock?: boolean } = {}) {
    const query = db
      .selectFrom('student_groups')
      .select(['key', 'category', 'name', 'aliases', 'is_retired', 'position', 'version'])
      .where('organization_id', '=', organizationId)
      .orderBy('position')
      .orderBy('key');
    return (options.lock ? query.forUpdate() : query).execute();
  },

  /** Writes the built-in list as the district's own, once (the first change makes it theirs). */
  async insertMany(trx: Transaction<DB>, organizationId: string, groups: readonly DistrictStudentGroup[], firstPosition = 0) {
    if (groups.length === 0) return;
    await trx
      .insertInto('student_groups')
      .values(groups.map((group, index) => ({ organization_id: organizationId, key: group.key, position: firstPosition + index, ...columnsOf(group) })))
      .onConflict((oc) => oc.columns(['organization_id', 'key']).doNothing())
      .execute();
  },

  /** Saves when the caller saw the latest version; undefined means stale or gone. */
  update(trx: Transaction<DB>, organizationId: string, key: string, version: number, group: Omit<DistrictStudentGroup, 'key'>) {
    return trx
      .updateTable('student_groups')
      .set({ ...columnsOf(group), version: sql`version + 1`, updated_at: sql`now()` })
      .where('organization_id', '=', organizationId)
      .where('key', '=', key)
      .where('version', '=', version)
      .returning(['key', 'category', 'name', 'aliases', 'is_retired', 'position', 'version'])
      .executeTakeFirst();
  },

  /** Serializes writers of one district's list, even before it has rows to lock. */
  async lockList(trx: Transaction<DB>, organizationId: string) {
    await sql`select pg_advisory_xact_lock(hashtext(${`student_groups:${organizationId}`}))`.execute(trx);
  },
};
