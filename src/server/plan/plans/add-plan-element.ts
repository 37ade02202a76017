import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import type { ElementKind } from '../../../core/plan/format/plan-tree.js';
import { nextKey } from '../../../core/plan/plan-outline.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkInterimParent, checkParent, lockEditablePlan, parseElementFields } from './element-rules.js';
import { planElementsRepo } from './plan-elements.repo.js';

const childListOf = { measure: 'measures', strategy: 'strategies', action: 'actions' } as const;

/** Adds a goal, measure, strategy or action at a place in the outline, with a key of its own. */
export function addPlanElement(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  planId: string;
  kind: ElementKind;
  parentId: string | null;
  position?: number;
  key?: string;
  fields: unknown;
}) {
  const { db, actor, organizationId, planId, kind, parentId } = options;
  const fields = parseElementFields(kind, options.fields);
  return inTransaction(db, async (trx) => {
    await lockEditablePlan(trx, organizationId, planId);
    const parent = await checkParent(trx, planId, kind, parentId);
    await checkInterimParent(trx, planId, kind, fields);
    const keys = await planElementsRepo.liveKeys(trx, planId);
    if (options.key && keys.has(options.key)) {
      throw new AppError('already_exists', `The key ${options.key} is already used in this plan`, [{ path: '/key', message: 'is already used in this plan', code: 'already_used' }]);
    }
    const parentKey = kindForKey(kind, fields) === 'interim_goal' ? (fields.parent as string) : (parent?.key ?? null);
    const key = options.key ?? nextKey(kindForKey(kind, fields), parentKey, keys);
    const siblings = await planElementsRepo.siblings(trx, planId, parentId, kind);
    const position = Math.min(Math.max(options.position ?? siblings.length, 0), siblings.length);
    for (const [index, sibling] of siblings.entries()) {
      if (index >= position) await planElementsRepo.place(trx, sibling.id, parentId, index + 1, false);
    }
    const element = await planElementsRepo.insertOne(trx, { planId, organizationId, parentId, kind, key, position, fields });
    if (parent && kind !== 'goal') await planElementsRepo.noteChildList(trx, parent.id, childListOf[kind]);
    await recordAuditEvent(trx, actor, { organizationId, action: 'plan.element_added', entityType: 'plan_element', entityId: element.id, after: { planId, key, kind, fields } });
    return element;
  });
}

/** Interim goals get keys of their own style (G1.I1, under the goal they serve), guardrails GR1. */
function kindForKey(kind: ElementKind, fields: Record<string, unknown>) {
  if (kind === 'goal' && (fields.kind === 'interim_goal' || fields.kind === 'guardrail')) return fields.kind;
  return kind;
}
