import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { essaEvidenceText } from '../../../core/network/essa-tiers.js';
import { EVIDENCE_KEY } from '../../../core/plan/format/evidence.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { addPlanElement } from '../../plan/plans/add-plan-element.js';
import { strategyBankRepo } from './strategy-bank.repo.js';

/** Where a copied strategy keeps its link to the bank, in the element's extensions (it travels with the plan). */
export const BANK_LINK_KEY = 'waymark_strategy_bank';

/**
 * A district adopts a strategy of its network's bank into its plan, under one of its goals: the
 * strategy is copied as the plan's own (title, summary and cost, its measures and action steps), citing
 * the study with its ESSA tier as evidence, and the link to the bank is kept both in the element and
 * as an adoption the bank counts. From then on the copy is the district's to change.
 */
export function adoptBankStrategy(options: {
  db: Kysely<DB>;
  actor: Actor;
  districtId: string;
  networkIds: readonly string[];
  strategyId: string;
  planId: string;
  goalId: string;
  namedWithConsent: boolean;
  language: Locale;
}) {
  const { db, actor, districtId, strategyId, planId, goalId, language } = options;
  return inTransaction(db, async (trx) => {
    const strategy = await strategyBankRepo.find(trx, options.networkIds, strategyId);
    if (!strategy) throw notFound('Strategy');
    const description = [strategy.summary, strategy.cost && `${language === 'es' ? 'Costo' : 'Cost'}: ${strategy.cost}`].filter(Boolean).join('\n\n');
    const fields = {
      title: strategy.title,
      ...(description ? { description } : {}),
      extensions: {
        [EVIDENCE_KEY]: [{ text: essaEvidenceText(strategy.essa_tier, strategy.study_citation, language), ...(strategy.study_url ? { url: strategy.study_url } : {}) }],
        [BANK_LINK_KEY]: { strategy_id: strategy.id, network: strategy.network_name, essa_tier: strategy.essa_tier, version: strategy.version },
      },
    };
    const scope = { db: trx, actor, organizationId: districtId, planId };
    const element = await addPlanElement({ ...scope, kind: 'strategy', parentId: goalId, fields });
    for (const measure of strategy.measures as Array<{ name: string; unit?: string }>) {
      await addPlanElement({ ...scope, kind: 'measure', parentId: element.id, fields: { name: measure.name, ...(measure.unit ? { unit: measure.unit } : {}), kind: 'leading' } });
    }
    for (const title of strategy.actions as string[]) await addPlanElement({ ...scope, kind: 'action', parentId: element.id, fields: { title } });
    const adoption = await strategyBankRepo.insertAdoption(trx, { strategyId, districtId, planId, elementKey: element.key, namedWithConsent: options.namedWithConsent, adoptedBy: actor.userId });
    for (const organizationId of [districtId, strategy.organization_id]) {
      await recordAuditEvent(trx, actor, { organizationId, action: 'strategy_bank.strategy_adopted', entityType: 'bank_strategy', entityId: strategyId, after: { districtId, planId, elementKey: element.key, namedWithConsent: options.namedWithConsent } });
    }
    return { adoption, elementId: element.id };
  });
}
