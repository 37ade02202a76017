import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../platform/audit/actor.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface NormsValues {
  norms: string[];
  notes: string | null;
  decision: { method: 'consensus' | 'fist_to_five' | 'majority' | 'other'; description: string | null; fallback: string | null; quorum: string | null };
  changeNote: string | null;
}

// The author's current name when they still have an account, else the label written at the time.
const versionColumns = (db: Executor) =>
  db
    .selectFrom('cycle_norms_versions as v')
    .leftJoin('users as u', 'u.id', 'v.author_user_id')
    .select(['v.id', 'v.number', 'v.norms', 'v.notes', 'v.decision_method', 'v.decision_description', 'v.decision_fallback', 'v.quorum', 'v.change_note', 'v.created_at'])
    .select(sql<string>`coalesce(u.name, v.author_label)`.as('author'));

export type NormsVersionRow = Awaited<ReturnType<typeof normsRepo.findVersion>> & object;

export const normsRepo = {
  /** The cycle, locked in a transaction so two saves of one document take turns. */
  findCycle(db: Executor, organizationId: string, cycleId: string, options: { lock?: boolean } = {}) {
    const query = db.selectFrom('planning_cycles').select('id').where('organization_id', '=', organizationId).where('id', '=', cycleId);
    return (options.lock ? query.forUpdate() : query).executeTakeFirst();
  },

  findVersion(db: Executor, cycleId: string, number: number) {
    return versionColumns(db).where('v.cycle_id', '=', cycleId).where('v.number', '=', number).executeTakeFirst();
  },

  findCurrent(db: Executor, cycleId: string) {
    return versionColumns(db).where('v.cycle_id', '=', cycleId).orderBy('v.number', 'desc').limit(1).executeTakeFirst();
  },

  listVersions(db: Executor, cycleId: string) {
    return versionColumns(db).where('v.cycle_id', '=', cycleId).orderBy('v.number', 'desc').execute();
  },

  insertVersion(trx: Transaction<DB>, scope: { cycleId: string; organizationId: string; number: number; actor: Actor }, values: NormsValues) {
    return trx
      .insertInto('cycle_norms_versions')
      .values({
        cycle_id: scope.cycleId,
        organization_id: scope.organizationId,
        number: scope.number,
        norms: JSON.stringify(values.norms),
        notes: values.notes,
        decision_method: values.decision.method,
        decision_description: values.decision.description,
        decision_fallback: values.decision.fallback,
        quorum: values.decision.quorum,
        change_note: values.changeNote,
        author_user_id: scope.actor.userId,
        author_label: scope.actor.label,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  },
};
