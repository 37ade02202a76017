import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Executor } from './theme-store.js';
import { themeTableStore } from './theme-table-store.repo.js';

/** A survey question's themes are keyed by the survey and the question's key. */
export interface QuestionScope {
  organizationId: string;
  surveyId: string;
  questionKey: string;
}

/**
 * The sets, themes and placements: the same for every kind of themes but for the names. Clearing
 * the themes leaves the stars: they are the team's, not the finder's.
 */
const themeTables = themeTableStore({
  sets: 'survey_theme_sets',
  themes: 'survey_themes',
  placements: 'survey_theme_answers',
  owner: (scope: QuestionScope) => ({ survey_id: scope.surveyId, question_key: scope.questionKey }),
  item: 'response_id',
  placementKey: ['response_id', 'question_key'],
});

function selectAnswers(db: Executor, scope: QuestionScope) {
  const key = scope.questionKey;
  return db
    .selectFrom('survey_responses as r')
    .leftJoin('survey_theme_answers as a', (join) => join.onRef('a.response_id', '=', 'r.id').on('a.question_key', '=', key))
    .leftJoin('survey_answer_stars as s', (join) => join.onRef('s.response_id', '=', 'r.id').on('s.question_key', '=', key))
    .select(['r.id', 'r.seq', 'r.locale', 'r.submitted_at', 'a.theme_id', 'a.rank'])
    .select(sql<string>`r.answers->>${key}`.as('text'))
    .select(sql<boolean>`a.response_id is not null`.as('is_placed'))
    .select(sql<boolean>`s.response_id is not null`.as('is_starred'))
    .where('r.organization_id', '=', scope.organizationId)
    .where('r.survey_id', '=', scope.surveyId)
    // A text answer is a non-blank string; skipped questions have no key at all.
    .where(sql<boolean>`jsonb_typeof(r.answers->${key}) = 'string' and btrim(r.answers->>${key}) <> ''`);
}
export type AnswerRow = Awaited<ReturnType<ReturnType<typeof selectAnswers>['executeTakeFirstOrThrow']>>;

/** The survey answers' theme store (theme-store.ts): its items are a question's text answers, named by their response's id. */
export const themesRepo = {
  ...themeTables,

  findSurvey(db: Executor, organizationId: string, surveyId: string) {
    return db.selectFrom('surveys').select(['id', 'document']).where('organization_id', '=', organizationId).where('id', '=', surveyId).executeTakeFirst();
  },

  /** Every text answer of the question, with its theme (if placed) and whether it is starred, in the order they came in. */
  listItems(db: Executor, scope: QuestionScope) {
    return selectAnswers(db, scope).orderBy('r.seq').execute();
  },

  /** The ids of these responses that have a text answer to the question: the rest do not exist here. */
  async existingItemIds(db: Executor, scope: QuestionScope, responseIds: readonly string[]) {
    if (responseIds.length === 0) return new Set<string>();
    const rows = await selectAnswers(db, scope).where('r.id', 'in', [...responseIds]).execute();
    return new Set(rows.map((row) => row.id));
  },

  async star(trx: Transaction<DB>, scope: QuestionScope, responseId: string, starredBy: string | null) {
    const inserted = await trx
      .insertInto('survey_answer_stars')
      .values({ response_id: responseId, question_key: scope.questionKey, organization_id: scope.organizationId, survey_id: scope.surveyId, starred_by: starredBy })
      .onConflict((oc) => oc.columns(['response_id', 'question_key']).doNothing())
      .returning('response_id')
      .executeTakeFirst();
    return Boolean(inserted);
  },

  async unstar(trx: Transaction<DB>, scope: QuestionScope, responseId: string) {
    const deleted = await trx
      .deleteFrom('survey_answer_stars')
      .where('organization_id', '=', scope.organizationId)
      .where('survey_id', '=', scope.surveyId)
      .where('question_key', '=', scope.questionKey)
      .where('response_id', '=', responseId)
      .returning('response_id')
      .executeTakeFirst();
    return Boolean(deleted);
  },
};
