import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Executor, ItemPlacement, NewTheme } from './theme-store.js';

/** A survey question's themes are keyed by the survey and the question's key. */
export interface QuestionScope {
  organizationId: string;
  surveyId: string;
  questionKey: string;
}

const INSERT_SLICE = 1000;

function selectThemes(db: Executor, scope: QuestionScope) {
  return db
    .selectFrom('survey_themes')
    .select(['id', 'label', 'words', 'is_label_edited', 'position', 'version'])
    .where('organization_id', '=', scope.organizationId)
    .where('survey_id', '=', scope.surveyId)
    .where('question_key', '=', scope.questionKey);
}

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
  findSurvey(db: Executor, organizationId: string, surveyId: string) {
    return db.selectFrom('surveys').select(['id', 'document']).where('organization_id', '=', organizationId).where('id', '=', surveyId).executeTakeFirst();
  },

  /** The question's theme set, locked in a transaction so two changes of one question's themes take turns. */
  findSet(db: Executor, scope: QuestionScope, options: { lock?: boolean } = {}) {
    const query = db
      .selectFrom('survey_theme_sets')
      .selectAll()
      .where('organization_id', '=', scope.organizationId)
      .where('survey_id', '=', scope.surveyId)
      .where('question_key', '=', scope.questionKey);
    return (options.lock ? query.forUpdate() : query).executeTakeFirst();
  },

  /** Marks the set as being found now (made if new); its version stays until the themes are saved. */
  async startRun(trx: Transaction<DB>, scope: QuestionScope, requestedBy: string | null) {
    await trx
      .insertInto('survey_theme_sets')
      .values({ organization_id: scope.organizationId, survey_id: scope.surveyId, question_key: scope.questionKey, status: 'running', requested_by: requestedBy, found_at: null, error: null, edited_at: null })
      .onConflict((oc) => oc.columns(['survey_id', 'question_key']).doUpdateSet({ status: 'running', requested_by: requestedBy, started_at: sql`now()`, error: null }))
      .execute();
  },

  failRun(trx: Transaction<DB>, scope: QuestionScope, error: string) {
    return trx
      .updateTable('survey_theme_sets')
      .set({ status: 'failed', error })
      .where('organization_id', '=', scope.organizationId)
      .where('survey_id', '=', scope.surveyId)
      .where('question_key', '=', scope.questionKey)
      .execute();
  },

  /** Raises the set's version after a change; `edited` when the change was the team's own. */
  bumpSet(trx: Transaction<DB>, scope: QuestionScope, change: { found?: boolean; edited?: boolean }) {
    return trx
      .updateTable('survey_theme_sets')
      .set({
        version: sql`version + 1`,
        ...(change.found ? { status: 'done' as const, found_at: sql`now()`, error: null, edited_at: null } : {}),
        ...(change.edited ? { edited_at: sql`now()` } : {}),
      })
      .where('organization_id', '=', scope.organizationId)
      .where('survey_id', '=', scope.surveyId)
      .where('question_key', '=', scope.questionKey)
      .returning(['version'])
      .executeTakeFirstOrThrow();
  },

  listThemes(db: Executor, scope: QuestionScope) {
    return selectThemes(db, scope).orderBy('position').orderBy('id').execute();
  },

  findTheme(db: Executor, scope: QuestionScope, themeId: string) {
    return selectThemes(db, scope).where('id', '=', themeId).executeTakeFirst();
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

  /** Removes the question's themes and placements: finding themes again starts from nothing (stars stay). */
  async clearThemes(trx: Transaction<DB>, scope: QuestionScope) {
    await trx.deleteFrom('survey_theme_answers').where('organization_id', '=', scope.organizationId).where('survey_id', '=', scope.surveyId).where('question_key', '=', scope.questionKey).execute();
    await trx.deleteFrom('survey_themes').where('organization_id', '=', scope.organizationId).where('survey_id', '=', scope.surveyId).where('question_key', '=', scope.questionKey).execute();
  },

  async insertTheme(trx: Transaction<DB>, scope: QuestionScope, theme: NewTheme) {
    const { id } = await trx
      .insertInto('survey_themes')
      .values({ organization_id: scope.organizationId, survey_id: scope.surveyId, question_key: scope.questionKey, label: theme.label, words: JSON.stringify(theme.words), position: theme.position })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  },

  /** Places answers (insert or move), in slices so thousands of answers stay within PostgreSQL's parameter limit. */
  async place(trx: Transaction<DB>, scope: QuestionScope, placements: readonly ItemPlacement[]) {
    for (let start = 0; start < placements.length; start += INSERT_SLICE) {
      const slice = placements.slice(start, start + INSERT_SLICE);
      await trx
        .insertInto('survey_theme_answers')
        .values(slice.map((p) => ({ response_id: p.itemId, question_key: scope.questionKey, organization_id: scope.organizationId, survey_id: scope.surveyId, theme_id: p.themeId, rank: p.rank })))
        .onConflict((oc) => oc.columns(['response_id', 'question_key']).doUpdateSet({ theme_id: sql`excluded.theme_id`, rank: sql`excluded.rank` }))
        .execute();
    }
  },

  /** The next rank after the theme's last answer: answers moved in come after the ones found there. */
  async nextRank(db: Executor, scope: QuestionScope, themeId: string | null) {
    const query = db
      .selectFrom('survey_theme_answers')
      .select(sql<number>`coalesce(max(rank), -1) + 1`.as('next'))
      .where('organization_id', '=', scope.organizationId)
      .where('survey_id', '=', scope.surveyId)
      .where('question_key', '=', scope.questionKey);
    const row = await (themeId === null ? query.where('theme_id', 'is', null) : query.where('theme_id', '=', themeId)).executeTakeFirstOrThrow();
    return Number(row.next);
  },

  /** Changes a theme if it is still at `version`; undefined when someone changed it meanwhile. */
  updateTheme(trx: Transaction<DB>, scope: QuestionScope, themeId: string, version: number, values: { label?: string; words?: string[]; is_label_edited?: boolean; position?: number }) {
    return trx
      .updateTable('survey_themes')
      .set({
        ...(values.label !== undefined ? { label: values.label } : {}),
        ...(values.words !== undefined ? { words: JSON.stringify(values.words) } : {}),
        ...(values.is_label_edited !== undefined ? { is_label_edited: values.is_label_edited } : {}),
        ...(values.position !== undefined ? { position: values.position } : {}),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('organization_id', '=', scope.organizationId)
      .where('survey_id', '=', scope.surveyId)
      .where('question_key', '=', scope.questionKey)
      .where('id', '=', themeId)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
  },

  /** Makes room at `position` by moving the themes from there on one place down. */
  shiftPositions(trx: Transaction<DB>, scope: QuestionScope, fromPosition: number) {
    return trx
      .updateTable('survey_themes')
      .set({ position: sql`position + 1` })
      .where('organization_id', '=', scope.organizationId)
      .where('survey_id', '=', scope.surveyId)
      .where('question_key', '=', scope.questionKey)
      .where('position', '>=', fromPosition)
      .execute();
  },

  deleteThemes(trx: Transaction<DB>, scope: QuestionScope, themeIds: readonly string[]) {
    return trx
      .deleteFrom('survey_themes')
      .where('organization_id', '=', scope.organizationId)
      .where('survey_id', '=', scope.surveyId)
      .where('question_key', '=', scope.questionKey)
      .where('id', 'in', [...themeIds])
      .execute();
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
