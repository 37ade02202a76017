import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { engagementSettingsRepo } from './engagement-settings.repo.js';
import { presentEngagementSettings } from './engagement-settings.present.js';

/** Changes the district's engagement settings; 409 with the current ones when someone saved since. */
export async function saveEngagementSettings(options: { db: Kysely<DB>; actor: Actor; organizationId: string; version: number; values: { respondent_threshold?: number; representation_gap?: number } }) {
  const { db, actor, organizationId, version, values } = options;
  return inTransaction(db, async (trx) => {
    const before = await engagementSettingsRepo.findLocked(trx, organizationId);
    if (before.version !== version) throw new AppError('conflict', 'Someone else changed these settings meanwhile; review and try again', [], { current: presentEngagementSettings(before) });
    const after = await engagementSettingsRepo.update(trx, organizationId, values);
    await recordAuditEvent(trx, actor, { organizationId, action: 'engagement.settings_changed', entityType: 'engagement_settings', entityId: organizationId, before: presentEngagementSettings(before), after: presentEngagementSettings(after) });
    return presentEngagementSettings(after);
  });
}
