import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { publicSiteRepo } from './public-site.repo.js';

interface TranslationInput {
  subject: 'plan' | 'element' | 'update';
  subjectKey: string;
  field: string;
  locale: 'en' | 'es';
  text: string;
}

/**
 * Saves the planners' translations of public texts in one transaction; an empty text removes a
 * translation, so the public page falls back to the original with its notice.
 */
export async function saveTranslations(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; translations: readonly TranslationInput[] }) {
  const { db, actor, organizationId, planId, translations } = options;
  return inTransaction(db, async (trx) => {
    if (!(await publicSiteRepo.findPlan(trx, organizationId, planId))) throw notFound('Plan');
    for (const t of translations) {
      const row = { subject: t.subject, subject_key: t.subjectKey, field: t.field, locale: t.locale };
      if (t.text === '') await publicSiteRepo.deleteTranslation(trx, planId, row);
      else await publicSiteRepo.upsertTranslation(trx, { organizationId, planId, userId: actor.userId, ...row, text: t.text });
    }
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'public_site.translations_saved',
      entityType: 'plan',
      entityId: planId,
      after: { count: translations.length, translations: translations.map((t) => ({ subject: t.subject, subjectKey: t.subjectKey, field: t.field, locale: t.locale })) },
    });
    return { saved: translations.length };
  });
}
