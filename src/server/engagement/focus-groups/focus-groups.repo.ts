import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Protocol } from '../../../core/engagement/focus-groups/protocol-format.js';

type Executor = Kysely<DB> | Transaction<DB>;

const groupColumns = ['g.id', 'g.cycle_id', 'g.session_id', 'g.protocol_id', 'g.library_key', 'g.protocol', 'g.constituency', 'g.language', 'g.label', 'g.participant_count', 'g.facilitator', 'g.version', 'g.updated_at'] as const;

export type FocusGroupRow = Awaited<ReturnType<typeof focusGroupsRepo.list>>[number];
export type NoteRow = Awaited<ReturnType<typeof focusGroupsRepo.listNotes>>[number];
export type CodeRow = Awaited<ReturnType<typeof focusGroupsRepo.listCodes>>[number];

export interface CompositionValues {
  constituency?: string;
  language?: string;
  label?: string | null;
  participant_count?: number | null;
  facilitator?: string | null;
}

/** Focus groups, their notes per question and the codes on those notes. */
export const focusGroupsRepo = {
  list(db: Executor, organizationId: string, cycleId: string, focusGroupId?: string) {
    let query = db
      .selectFrom('focus_groups as g')
      .select(groupColumns)
      .select((eb) => [
        eb.selectFrom('focus_group_notes as n').select(sql<number>`count(*)::int`.as('n')).whereRef('n.focus_group_id', '=', 'g.id').where(sql<boolean>`btrim(n.text) <> ''`).as('notes_written'),
        eb
          .selectFrom('focus_group_codes as c')
          .innerJoin('focus_group_notes as n', 'n.id', 'c.note_id')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('n.focus_group_id', '=', 'g.id')
          .as('codes'),
      ])
      .where('g.organization_id', '=', organizationId)
      .where('g.cycle_id', '=', cycleId);
    if (focusGroupId) query = query.where('g.id', '=', focusGroupId);
    return query.orderBy('g.created_at').execute();
  },

  async find(db: Executor, organizationId: string, cycleId: string, focusGroupId: string) {
    return (await focusGroupsRepo.list(db, organizationId, cycleId, focusGroupId))[0];
  },

  /** The group row locked for a write; undefined when it is not this cycle's. */
  lock(trx: Transaction<DB>, organizationId: string, cycleId: string, focusGroupId: string) {
    return trx.selectFrom('focus_groups').select(['id', 'version', 'protocol']).where('organization_id', '=', organizationId).where('cycle_id', '=', cycleId).where('id', '=', focusGroupId).forUpdate().executeTakeFirst();
  },

  /** Two set-ups of one session take turns, so a session gets one focus group. */
  async lockSession(trx: Transaction<DB>, sessionId: string) {
    await sql`select pg_advisory_xact_lock(hashtext(${`focus-group-session:${sessionId}`}))`.execute(trx);
  },

  findBySession(db: Executor, sessionId: string) {
    return db.selectFrom('focus_groups').select('id').where('session_id', '=', sessionId).executeTakeFirst();
  },

  insert(
    trx: Transaction<DB>,
    values: { organizationId: string; cycleId: string; sessionId: string; protocolId: string | null; libraryKey: string | null; protocol: Protocol; createdBy: string | null } & Required<CompositionValues>,
  ) {
    return trx
      .insertInto('focus_groups')
      .values({
        organization_id: values.organizationId,
        cycle_id: values.cycleId,
        session_id: values.sessionId,
        protocol_id: values.protocolId,
        library_key: values.libraryKey,
        protocol: JSON.stringify(values.protocol),
        constituency: values.constituency,
        language: values.language,
        label: values.label,
        participant_count: values.participant_count,
        facilitator: values.facilitator,
        created_by: values.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  },

  update(trx: Transaction<DB>, focusGroupId: string, values: CompositionValues) {
    return trx
      .updateTable('focus_groups')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', focusGroupId)
      .executeTakeFirst();
  },

  remove(trx: Transaction<DB>, focusGroupId: string) {
    return trx.deleteFrom('focus_groups').where('id', '=', focusGroupId).executeTakeFirst();
  },

  listNotes(db: Executor, focusGroupIds: readonly string[]) {
    if (focusGroupIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('focus_group_notes as n')
      .leftJoin('users as u', 'u.id', 'n.updated_by')
      .select(['n.id', 'n.focus_group_id', 'n.question_key', 'n.text', 'n.version', 'n.updated_at', 'u.name as updated_by_name'])
      .where('n.focus_group_id', 'in', focusGroupIds)
      .execute();
  },

  findNote(db: Executor, focusGroupId: string, questionKey: string) {
    return db
      .selectFrom('focus_group_notes as n')
      .leftJoin('users as u', 'u.id', 'n.updated_by')
      .select(['n.id', 'n.focus_group_id', 'n.question_key', 'n.text', 'n.version', 'n.updated_at', 'u.name as updated_by_name'])
      .where('n.focus_group_id', '=', focusGroupId)
      .where('n.question_key', '=', questionKey)
      .executeTakeFirst();
  },

  /** The first save of a question's notes; undefined when someone saved first (a conflict). */
  insertNote(trx: Transaction<DB>, values: { organizationId: string; focusGroupId: string; questionKey: string; text: string; userId: string | null }) {
    return trx
      .insertInto('focus_group_notes')
      .values({ organization_id: values.organizationId, focus_group_id: values.focusGroupId, question_key: values.questionKey, text: values.text, updated_by: values.userId })
      .onConflict((oc) => oc.columns(['focus_group_id', 'question_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
  },

  /** A later save, applied only at `version`; undefined when someone saved since (a conflict). */
  updateNote(trx: Transaction<DB>, values: { focusGroupId: string; questionKey: string; version: number; text: string; userId: string | null }) {
    return trx
      .updateTable('focus_group_notes')
      .set((eb) => ({ text: values.text, version: eb('version', '+', 1), updated_by: values.userId, updated_at: sql`now()` }))
      .where('focus_group_id', '=', values.focusGroupId)
      .where('question_key', '=', values.questionKey)
      .where('version', '=', values.version)
      .returning('id')
      .executeTakeFirst();
  },

  listCodes(db: Executor, focusGroupIds: readonly string[]) {
    if (focusGroupIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('focus_group_codes as c')
      .innerJoin('focus_group_notes as n', 'n.id', 'c.note_id')
      .innerJoin('focus_group_themes as t', 't.id', 'c.theme_id')
      .select(['c.id', 'c.theme_id', 'c.passage', 'c.created_at', 'n.focus_group_id', 'n.question_key', 'n.text as note_text', 't.name as theme_name'])
      .where('n.focus_group_id', 'in', focusGroupIds)
      .orderBy('c.created_at')
      .orderBy('c.id')
      .execute();
  },

  insertCodes(trx: Transaction<DB>, rows: Array<{ organizationId: string; noteId: string; themeId: string; passage: string | null; createdBy: string | null }>) {
    if (rows.length === 0) return Promise.resolve([]);
    return trx
      .insertInto('focus_group_codes')
      .values(rows.map((row) => ({ organization_id: row.organizationId, note_id: row.noteId, theme_id: row.themeId, passage: row.passage, created_by: row.createdBy })))
      .returning(['id', 'theme_id', 'passage'])
      .execute();
  },

  findCode(db: Executor, focusGroupId: string, codeId: string) {
    return db
      .selectFrom('focus_group_codes as c')
      .innerJoin('focus_group_notes as n', 'n.id', 'c.note_id')
      .select(['c.id', 'c.theme_id', 'c.passage', 'n.question_key'])
      .where('n.focus_group_id', '=', focusGroupId)
      .where('c.id', '=', codeId)
      .executeTakeFirst();
  },

  removeCode(trx: Transaction<DB>, codeId: string) {
    return trx.deleteFrom('focus_group_codes').where('id', '=', codeId).executeTakeFirst();
  },

  /** Every code of the cycle's focus groups, with its note, for the synthesis. */
  listCycleCodes(db: Executor, organizationId: string, cycleId: string) {
    return db
      .selectFrom('focus_group_codes as c')
      .innerJoin('focus_group_notes as n', 'n.id', 'c.note_id')
      .innerJoin('focus_groups as g', 'g.id', 'n.focus_group_id')
      .select(['n.focus_group_id', 'c.theme_id', 'c.passage', 'n.text as note_text'])
      .where('g.organization_id', '=', organizationId)
      .where('g.cycle_id', '=', cycleId)
      .orderBy('c.created_at')
      .orderBy('c.id')
      .execute();
  },
};
