import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { publicSiteRepo } from './public-site.repo.js';
import { presentPublicSite } from './public-site.present.js';

/**
 * Chooses the plan the district's public page shows, publishes or withdraws it, and names the
 * goals and measures kept off it. Only an adopted plan can be published: a draft is not the
 * district's word yet.
 */
export async function savePublicSite(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  values: { planId: string | null; isPublished: boolean; hiddenKeys: string[]; version: number };
}) {
  const { db, actor, organizationId, values } = options;
  return inTransaction(db, async (trx) => {
    const district = (await publicSiteRepo.findDistrict(trx, organizationId))!;
    const before = await publicSiteRepo.findSite(trx, organizationId, { lock: true });
    if ((before?.version ?? 0) !== values.version) {
      throw new AppError('conflict', 'Someone changed the public site meanwhile; review it and try again', [], { current: presentPublicSite(before, district.slug) });
    }
    if (values.planId) {
      const plan = await publicSiteRepo.findPlan(trx, organizationId, values.planId);
      if (!plan) throw invalidInput('/planId', 'is not a plan of this district', { code: 'invalid_choice' });
      if (values.isPublished && plan.lifecycle !== 'adopted' && plan.lifecycle !== 'amending') throw invalidInput('/isPublished', 'only an adopted plan can be published', { code: 'not_adopted' });
    } else if (values.isPublished) {
      throw invalidInput('/planId', 'is required to publish the site', { code: 'required' });
    }
    const saved = await publicSiteRepo.saveSite(trx, organizationId, { planId: values.planId, isPublished: values.isPublished, hiddenKeys: [...new Set(values.hiddenKeys)] });
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'public_site.saved',
      entityType: 'public_site',
      entityId: organizationId,
      before: before ? presentPublicSite(before, district.slug) : undefined,
      after: presentPublicSite(saved, district.slug),
    });
    return presentPublicSite(saved, district.slug);
  });
}
