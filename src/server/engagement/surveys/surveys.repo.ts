import { sql, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SurveysTable, SurveyStatus } from '../tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

// Each survey with its count of responses, counted in the same query so a list is one round trip.
function selectSurveys(db: Executor) {
  return db
    .selectFrom('surveys as s')
    .selectAll('s')
    .select((eb) => eb.selectFrom('survey_responses as r').whereRef('r.survey_id', '=', 's.id').select(sql<string>`count(*)`.as('n')).as('responses'));
}
export type SurveyRow = Awaited<ReturnType<ReturnType<typeof selectSurveys>['executeTakeFirstOrThrow']>>;

export interface NewSurvey {
  organizationId: string;
  title: string;
  document: unknown;
  starterKey: string | null;
  createdBy: string | null;
}

export const surveysRepo = {
  list(db: Executor, organizationId: string) {
    return selectSurveys(db).where('s.organization_id', '=', organizationId).orderBy('s.created_at', 'desc').orderBy('s.id').execute();
  },

  /** The survey, locked in a transaction so two writes of one survey take turns. */
  find(db: Executor, organizationId: string, surveyId: string, options: { lock?: boolean } = {}) {
    const query = selectSurveys(db).where('s.organization_id', '=', organizationId).where('s.id', '=', surveyId);
    return (options.lock ? query.forUpdate('s') : query).executeTakeFirst();
  },

  /**
   * A survey by its public code, whatever its district: the code is the respondent's only key.
   * With the ids of its cycle's stakeholder groups, in the same query, so the group of a response
   * sent through a group link is known from the survey ingest already remembers (open-survey-lookup.ts).
   */
  findByCode(db: Executor, code: string) {
    return db
      .selectFrom('surveys')
      .select(['id', 'organization_id', 'status', 'document', 'public_code', 'opens_at', 'closes_at', 'closed_at'])
      .select((eb) =>
        eb
          .selectFrom('stakeholder_groups as g')
          .whereRef('g.cycle_id', '=', 'surveys.cycle_id')
          .select(sql<string[]>`coalesce(jsonb_agg(g.id order by g.position, g.created_at), '[]'::jsonb)`.as('ids'))
          .as('stakeholder_group_ids'),
      )
      .where('public_code', '=', code)
      .executeTakeFirst();
  },

  isCodeTaken(db: Executor, code: string) {
    return db.selectFrom('surveys').select('id').where('public_code', '=', code).executeTakeFirst().then(Boolean);
  },

  async insert(trx: Transaction<DB>, values: NewSurvey) {
    const { id } = await trx
      .insertInto('surveys')
      .values({ organization_id: values.organizationId, title: values.title, document: JSON.stringify(values.document), starter_key: values.starterKey, created_by: values.createdBy, cycle_id: null, engagement_entry_id: null, public_code: null, opens_at: null, closes_at: null, opened_at: null, closed_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await this.find(trx, values.organizationId, id))!;
  },

  /** Changes a survey if it is still at `version`; undefined when someone changed it meanwhile. */
  async update(trx: Transaction<DB>, organizationId: string, surveyId: string, version: number, values: Omit<Updateable<SurveysTable>, 'id' | 'organization_id' | 'version'>) {
    const updated = await trx
      .updateTable('surveys')
      .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
      .where('organization_id', '=', organizationId)
      .where('id', '=', surveyId)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
    return updated ? this.find(trx, organizationId, surveyId) : undefined;
  },

  setStatus(trx: Transaction<DB>, organizationId: string, surveyId: string, status: SurveyStatus, values: Pick<Updateable<SurveysTable>, 'public_code' | 'opened_at' | 'closed_at' | 'closes_at'>) {
    return trx
      .updateTable('surveys')
      .set({ ...values, status, version: sql`version + 1`, updated_at: sql`now()` })
      .where('organization_id', '=', organizationId)
      .where('id', '=', surveyId)
      .execute();
  },

  delete(trx: Transaction<DB>, organizationId: string, surveyId: string) {
    return trx.deleteFrom('surveys').where('organization_id', '=', organizationId).where('id', '=', surveyId).execute();
  },

  isCycleOfDistrict(db: Executor, organizationId: string, cycleId: string) {
    return db.selectFrom('planning_cycles').select('id').where('organization_id', '=', organizationId).where('id', '=', cycleId).executeTakeFirst().then(Boolean);
  },

  /**
   * The stakeholder groups results by group show: those of the survey's cycle, in the cycle's
   * order, then any other group its responses came through (the survey moved to another cycle).
   */
  listResultGroups(db: Executor, organizationId: string, surveyId: string, seenGroupIds: readonly string[]) {
    return db
      .selectFrom('stakeholder_groups as g')
      .leftJoin('surveys as s', (join) => join.onRef('s.cycle_id', '=', 'g.cycle_id').on('s.id', '=', surveyId))
      .select(['g.id', 'g.name'])
      .where('g.organization_id', '=', organizationId)
      .where((eb) => eb.or([eb('s.id', 'is not', null), ...(seenGroupIds.length ? [eb('g.id', 'in', [...seenGroupIds])] : [])]))
      .orderBy(sql`s.id is null`)
      .orderBy('g.position')
      .orderBy('g.created_at')
      .execute();
  },

  isGroupOfCycle(db: Executor, cycleId: string, groupId: string) {
    return db.selectFrom('stakeholder_groups').select('id').where('cycle_id', '=', cycleId).where('id', '=', groupId).executeTakeFirst().then(Boolean);
  },

  /** The engagement-plan entry, if it is the district's: its cycle, so a survey's cycle and entry agree. */
  findEngagementEntry(db: Executor, organizationId: string, entryId: string) {
    return db.selectFrom('engagement_entries').select(['id', 'cycle_id']).where('organization_id', '=', organizationId).where('id', '=', entryId).executeTakeFirst();
  },

  /**
   * The results' cache asks this on every read: cheap, one indexed row. `row_version` (the row's
   * xmin) changes whenever the row is written again, a restored backup's insert included, whose
   * responses come back with new seqs.
   */
  findVersions(db: Executor, organizationId: string, surveyId: string) {
    return db
      .selectFrom('surveys')
      .select(['version', 'responses_version', 'document', sql<string>`xmin::text`.as('row_version')])
      .where('organization_id', '=', organizationId)
      .where('id', '=', surveyId)
      .executeTakeFirst();
  },
};
