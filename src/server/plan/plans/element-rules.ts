import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, detailOfIssue, notFound } from '../../errors.js';
import { allowedParentKinds, elementFieldsSchemas } from '../../../core/plan/format/element-fields.js';
import { toPointer } from '../../../core/plan/format/validate-plan-document.js';
import { EVIDENCE_KEY, evidenceListSchema } from '../../../core/plan/format/evidence.js';
import type { ElementKind } from '../../../core/plan/format/plan-tree.js';
import { planElementsRepo } from './plan-elements.repo.js';
import { plansRepo } from './plans.repo.js';
import { assertEditable } from './plan-lifecycle.js';

/** The fields of an element as the format allows them for its kind; 400 naming each bad field otherwise. */
export function parseElementFields(kind: ElementKind, fields: unknown): Record<string, unknown> {
  const parsed = elementFieldsSchemas[kind].safeParse(fields);
  if (parsed.success) {
    checkEvidence(parsed.data as Record<string, unknown>);
    return parsed.data as Record<string, unknown>;
  }
  const details = parsed.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((k) => ({ path: toPointer(['fields', ...issue.path, k]), message: `is not a field of a ${kind}`, code: 'unknown_field' as const }))
      : [detailOfIssue(toPointer(['fields', ...issue.path]), issue, issue.input === undefined && issue.code === 'invalid_type' ? 'is required' : issue.message)],
  );
  throw new AppError('invalid_input', `Some fields of the ${kind} are not valid`, details);
}

/** Evidence written in the application has a shape of its own inside `extensions` (see core/plan/format/evidence.ts). */
function checkEvidence(fields: Record<string, unknown>) {
  const extensions = fields.extensions as Record<string, unknown> | undefined;
  if (!extensions || !(EVIDENCE_KEY in extensions)) return;
  const parsed = evidenceListSchema.safeParse(extensions[EVIDENCE_KEY]);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => detailOfIssue(toPointer(['fields', 'extensions', EVIDENCE_KEY, ...issue.path]), issue));
    throw new AppError('invalid_input', 'Some evidence is not valid', details);
  }
}

/** The plan, locked for the rest of the transaction so concurrent tree edits take turns. */
export async function lockEditablePlan(trx: Transaction<DB>, organizationId: string, planId: string) {
  const plan = await plansRepo.lockPlan(trx, organizationId, planId);
  if (!plan) throw notFound('Plan');
  assertEditable(plan.lifecycle);
  return plan;
}

/** Checks that an element of `kind` may hang off `parentId` in this plan, and returns the parent. */
export async function checkParent(trx: Transaction<DB>, planId: string, kind: ElementKind, parentId: string | null) {
  const parent = parentId ? await planElementsRepo.findLive(trx, planId, parentId) : undefined;
  if (parentId && !parent) throw new AppError('invalid_input', 'The parent is not an element of this plan', [{ path: '/parentId', message: 'is not an element of this plan', code: 'not_in_this_plan' }]);
  if (!allowedParentKinds[kind].includes(parent?.kind ?? null)) {
    const where = parent ? `under a ${parent.kind}` : 'at the top of the plan';
    throw new AppError('invalid_input', `A ${kind} cannot be placed ${where}`, [{ path: '/parentId', message: `a ${kind} cannot be placed ${where}`, code: 'wrong_place' }]);
  }
  return parent ?? null;
}

/** An interim goal names the goal it serves; that key must be a goal of the same plan. */
export async function checkInterimParent(trx: Transaction<DB>, planId: string, kind: ElementKind, fields: Record<string, unknown>) {
  if (kind !== 'goal' || fields.kind !== 'interim_goal') return;
  const goals = (await plansRepo.listElements(trx, planId)).filter((e) => e.kind === 'goal' && (e.fields.kind ?? 'goal') === 'goal');
  if (!goals.some((g) => g.key === fields.parent)) {
    throw new AppError('invalid_input', 'An interim goal must name the goal it serves', [{ path: '/fields/parent', message: 'must be the key of a goal of this plan', code: 'not_in_this_plan' }]);
  }
}
