import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { flattenPlan, type PlanHeader } from '../../../core/plan/format/plan-tree.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import { evidenceOf } from '../../../core/plan/format/evidence.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface TranslationRow {
  subject: 'plan' | 'element' | 'update';
  subject_key: string;
  field: string;
  locale: 'en' | 'es';
  text: string;
}

export const publicSiteRepo = {
  findDistrictBySlug(db: Executor, slug: string) {
    return db.selectFrom('organizations').select(['id', 'name', 'slug']).where('slug', '=', slug).where('kind', '=', 'district').executeTakeFirst();
  },

  findDistrict(db: Executor, organizationId: string) {
    return db.selectFrom('organizations').select(['id', 'name', 'slug']).where('id', '=', organizationId).executeTakeFirst();
  },

  findSite(db: Executor, organizationId: string, options: { lock?: boolean } = {}) {
    let query = db.selectFrom('public_sites').selectAll().where('organization_id', '=', organizationId);
    if (options.lock) query = query.forUpdate();
    return query.executeTakeFirst();
  },

  findPlan(db: Executor, organizationId: string, planId: string) {
    return db.selectFrom('plans').select(['id', 'title', 'lifecycle', 'header', 'updated_at']).where('organization_id', '=', organizationId).where('id', '=', planId).executeTakeFirst();
  },

  /** The adopted version's document without its goals (the plan's header as adopted), or undefined. */
  async findAdoptedHeader(db: Executor, planId: string): Promise<PlanHeader | undefined> {
    const row = await db
      .selectFrom('plans')
      .innerJoin('plan_versions', (join) => join.onRef('plan_versions.plan_id', '=', 'plans.id').onRef('plan_versions.number', '=', 'plans.adopted_version'))
      .select('plan_versions.document')
      .where('plans.id', '=', planId)
      .executeTakeFirst();
    return row ? flattenPlan(row.document as PlanDocument).header : undefined;
  },

  /**
   * The words of what each element cites (its `waymark_evidence` texts), by element key: of the
   * adopted version while an amendment is being drafted, else of the plan's elements. Only the
   * words: a link's ids never leave the planning team.
   */
  async listCitedTexts(db: Executor, planId: string, text: 'working' | 'adopted'): Promise<Map<string, string[]>> {
    const rows =
      text === 'adopted'
        ? await (async () => {
            const row = await db
              .selectFrom('plans')
              .innerJoin('plan_versions', (join) => join.onRef('plan_versions.plan_id', '=', 'plans.id').onRef('plan_versions.number', '=', 'plans.adopted_version'))
              .select('plan_versions.document')
              .where('plans.id', '=', planId)
              .executeTakeFirst();
            return row ? flattenPlan(row.document as PlanDocument).elements.map((e) => ({ key: e.key, extensions: e.fields.extensions })) : [];
          })()
        : await db
            .selectFrom('plan_elements')
            // Only the extensions: a measure's fields carry all its targets and actuals.
            .select(['key', sql<unknown>`fields->'extensions'`.as('extensions')])
            .where('plan_id', '=', planId)
            .where('deleted_at', 'is', null)
            .where(sql<boolean>`fields->'extensions' ? 'waymark_evidence'`)
            .execute();
    const texts = new Map<string, string[]>();
    for (const row of rows) {
      const cited = evidenceOf({ extensions: row.extensions }).map((item) => item.text.trim());
      if (cited.length) texts.set(row.key, cited);
    }
    return texts;
  },

  /** The latest moment anything shown on the public page changed: the plan or a posted result. */
  async lastChange(db: Executor, planId: string): Promise<string | null> {
    const row = await db
      .selectFrom('plans')
      .select((eb) => [
        'plans.updated_at',
        eb.selectFrom('element_updates').select(sql<Date>`max(created_at)`.as('m')).where('plan_id', '=', planId).as('last_update'),
      ])
      .where('id', '=', planId)
      .executeTakeFirst();
    if (!row) return null;
    const dates = [row.updated_at, row.last_update].filter((d): d is Date => d !== null && d !== undefined).map((d) => new Date(d).getTime());
    return dates.length ? new Date(Math.max(...dates)).toISOString() : null;
  },

  async saveSite(trx: Transaction<DB>, organizationId: string, values: { planId: string | null; isPublished: boolean; hiddenKeys: string[] }) {
    return trx
      .insertInto('public_sites')
      .values({ organization_id: organizationId, plan_id: values.planId, is_published: values.isPublished, hidden_keys: JSON.stringify(values.hiddenKeys) })
      .onConflict((oc) =>
        oc.column('organization_id').doUpdateSet({
          plan_id: values.planId,
          is_published: values.isPublished,
          hidden_keys: JSON.stringify(values.hiddenKeys),
          version: sql`public_sites.version + 1`,
          updated_at: sql`now()`,
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  listTranslations(db: Executor, planId: string): Promise<TranslationRow[]> {
    return db.selectFrom('text_translations').select(['subject', 'subject_key', 'field', 'locale', 'text']).where('plan_id', '=', planId).execute();
  },

  async upsertTranslation(trx: Transaction<DB>, values: { organizationId: string; planId: string; userId: string | null } & TranslationRow) {
    await trx
      .insertInto('text_translations')
      .values({ organization_id: values.organizationId, plan_id: values.planId, subject: values.subject, subject_key: values.subject_key, field: values.field, locale: values.locale, text: values.text, updated_by: values.userId })
      .onConflict((oc) => oc.columns(['plan_id', 'subject', 'subject_key', 'field', 'locale']).doUpdateSet({ text: values.text, updated_by: values.userId, updated_at: sql`now()` }))
      .execute();
  },

  async deleteTranslation(trx: Transaction<DB>, planId: string, values: Omit<TranslationRow, 'text'>) {
    await trx
      .deleteFrom('text_translations')
      .where('plan_id', '=', planId)
      .where('subject', '=', values.subject)
      .where('subject_key', '=', values.subject_key)
      .where('field', '=', values.field)
      .where('locale', '=', values.locale)
      .execute();
  },
};
