import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** Questions with their author's name, the district they wrote for, the cohort's network and how many replies. */
function discussions(db: Executor) {
  return db
    .selectFrom('cohort_discussions as d')
    .innerJoin('cohorts', 'cohorts.id', 'd.cohort_id')
    .innerJoin('organizations as network', 'network.id', 'cohorts.organization_id')
    .leftJoin('organizations as district', 'district.id', 'd.author_district_id')
    .leftJoin('users', 'users.id', 'd.author_id')
    .select(['d.id', 'd.title', 'd.body', 'd.author_district_id', 'd.created_at', 'd.last_reply_at', 'users.name as author_name', 'district.name as district_name', 'network.name as network_name'])
    .select((eb) => eb.selectFrom('cohort_discussion_replies as r').select((inner) => inner.fn.countAll<string>().as('n')).whereRef('r.discussion_id', '=', 'd.id').as('reply_count'));
}

/** A cohort's discussion space: questions and their replies, each with who wrote it and for which district (or the network). */
export const discussionsRepo = {
  list(db: Executor, cohortId: string) {
    return discussions(db).where('d.cohort_id', '=', cohortId).orderBy('d.last_reply_at', 'desc').orderBy('d.id').execute();
  },

  find(db: Executor, cohortId: string, discussionId: string) {
    return discussions(db).where('d.cohort_id', '=', cohortId).where('d.id', '=', discussionId).executeTakeFirst();
  },

  lock(trx: Transaction<DB>, cohortId: string, discussionId: string) {
    return trx.selectFrom('cohort_discussions').select(['id', 'title']).where('cohort_id', '=', cohortId).where('id', '=', discussionId).forUpdate().executeTakeFirst();
  },

  listReplies(db: Executor, discussionId: string) {
    return db
      .selectFrom('cohort_discussion_replies as r')
      .innerJoin('cohort_discussions as d', 'd.id', 'r.discussion_id')
      .innerJoin('cohorts', 'cohorts.id', 'd.cohort_id')
      .innerJoin('organizations as network', 'network.id', 'cohorts.organization_id')
      .leftJoin('organizations as district', 'district.id', 'r.author_district_id')
      .leftJoin('users', 'users.id', 'r.author_id')
      .select(['r.id', 'r.body', 'r.author_district_id', 'r.created_at', 'users.name as author_name', 'district.name as district_name', 'network.name as network_name'])
      .where('r.discussion_id', '=', discussionId)
      .orderBy('r.created_at')
      .orderBy('r.id')
      .execute();
  },

  insert(trx: Transaction<DB>, values: { cohortId: string; title: string; body: string; authorId: string | null; authorDistrictId: string | null }) {
    return trx
      .insertInto('cohort_discussions')
      .values({ cohort_id: values.cohortId, title: values.title, body: values.body, author_id: values.authorId, author_district_id: values.authorDistrictId })
      .returning('id')
      .executeTakeFirstOrThrow();
  },

  async insertReply(trx: Transaction<DB>, values: { discussionId: string; body: string; authorId: string | null; authorDistrictId: string | null }) {
    const reply = await trx
      .insertInto('cohort_discussion_replies')
      .values({ discussion_id: values.discussionId, body: values.body, author_id: values.authorId, author_district_id: values.authorDistrictId })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    await trx.updateTable('cohort_discussions').set({ last_reply_at: sql`now()` }).where('id', '=', values.discussionId).execute();
    return reply;
  },
};

export type DiscussionRow = Awaited<ReturnType<typeof discussionsRepo.list>>[number];
export type ReplyRow = Awaited<ReturnType<typeof discussionsRepo.listReplies>>[number];
