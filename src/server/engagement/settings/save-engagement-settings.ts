import type { Kysely } from 'kysely';
import { checkPageTexts, type PageTexts } from '../../../core/engagement/page-texts.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { engagementSettingsRepo } from './engagement-settings.repo.js';
import { presentEngagementSettings } from './engagement-settings.present.js';

/**
 * Changes the district's engagement settings; 409 with the current ones when someone saved since.
 * Page texts, when given, replace every stored translation of the respondent page's words, each
 * refused text named by its JSON pointer (/page_texts/ar/pageOf) before anything is written.
 */
export async function saveEngagementSettings(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  version: number;
  values: { respondent_threshold?: number; representation_gap?: number; page_texts?: Record<string, Record<string, string>> };
}) {
  const { db, actor, organizationId, version } = options;
  const { page_texts: sent, ...numbers } = options.values;
  let pageTexts: PageTexts | undefined;
  if (sent) {
    const checked = checkPageTexts(sent);
    if (checked.problems.length) throw new AppError('invalid_input', `${checked.problems.length} of the page texts cannot be saved`, checked.problems);
    pageTexts = checked.texts;
  }
  return inTransaction(db, async (trx) => {
    const before = await engagementSettingsRepo.findLocked(trx, organizationId);
    if (before.version !== version) throw new AppError('conflict', 'Someone else changed these settings meanwhile; review and try again', [], { current: presentEngagementSettings(before) });
    const after = await engagementSettingsRepo.update(trx, organizationId, { ...numbers, ...(pageTexts ? { page_texts: pageTexts } : {}) });
    await recordAuditEvent(trx, actor, { organizationId, action: 'engagement.settings_changed', entityType: 'engagement_settings', entityId: organizationId, before: presentEngagementSettings(before), after: presentEngagementSettings(after) });
    return presentEngagementSettings(after);
  });
}
