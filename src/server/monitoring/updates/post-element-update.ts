import type { Kysely, Transaction } from 'kysely';
import { districtGroupMatcher, groupNamesOfMeasure, resultGroupName } from '../../../core/monitoring/district-student-groups.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, detailOfIssue, forbidden, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { elementSchedule } from './element-periods.js';
import { isMonitored } from './load-element-updates.js';
import { loadMonitoringSettings } from './save-monitoring-settings.js';
import { findElementOwner } from '../../plan/owners/read-element-owners.js';
import { readStudentGroups } from '../student-groups/read-student-groups.js';
import { updatesRepo, type ElementRow, type NewUpdate } from './updates.repo.js';
import { presentUpdate, type PresentedUpdate } from './updates.present.js';
import { UpdateBody, type UpdateInput } from './updates.schema.js';

/**
 * Posts an owner's update of a measure or action for one reporting period. The first post of a
 * period is revision 1; a later one is a correction (the next revision, with a note saying why)
 * and the earlier revisions stay. A measure's values become its current actuals for the period,
 * one row per student group. Through the app (`source: 'app'`) only the element's owner may post
 * unless `mayUpdateAnyElement` (planners); a mailed link (`'link'`) is its own authority.
 */
export async function postElementUpdate(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  planId: string;
  elementKey: string;
  input: UpdateInput;
  source: 'app' | 'link';
  today?: string;
  mayUpdateAnyElement?: boolean;
}): Promise<PresentedUpdate> {
  const { db, actor, organizationId, planId, elementKey, source } = options;
  const input = parseInput(options.input);
  return inTransaction(db, async (trx) => {
    const plan = await updatesRepo.findPlan(trx, organizationId, planId, { lock: true });
    if (!plan) throw notFound('Plan');
    const element = await updatesRepo.findElement(trx, planId, elementKey);
    if (!element || (element.kind !== 'measure' && element.kind !== 'action')) throw notFound('Measure or action');
    if (source === 'app' && !options.mayUpdateAnyElement) {
      const owner = await findElementOwner(trx, organizationId, planId, elementKey);
      if (!owner || owner.userId !== actor.userId) throw forbidden('Only the owner of this measure or action, or a planner, may post its update');
    }
    if (!isMonitored(plan)) {
      throw new AppError('conflict', `Updates are posted once the plan is adopted; this plan is ${plan.lifecycle.replace('_', ' ')}`, [], { lifecycle: plan.lifecycle });
    }
    const kind = element.kind;
    checkFitsKind(kind, input);

    const settings = await loadMonitoringSettings(trx, organizationId);
    const periods = elementSchedule({ element: { ...element, kind }, planPeriod: plan.header.plan.period, settings });
    const period = periods.find((p) => p.label === input.periodLabel);
    if (!period) {
      const some = periods.slice(0, 6).map((p) => p.label).join(', ');
      const list = `${some}${periods.length > 6 ? ', ...' : ''}`;
      throw periods.length
        ? invalidInput('/periodLabel', `is not a reporting period of this ${kind}; its periods are ${list}`, { code: 'not_a_reporting_period', params: { periods: list } })
        : invalidInput('/periodLabel', `is not a reporting period: this ${kind} has none (the plan has no period)`, { code: 'no_reporting_periods' });
    }

    const values = kind === 'measure' ? await valuesOfListedGroups(trx, organizationId, element, input.values ?? []) : [];
    const revision = (await updatesRepo.latestRevision(trx, planId, elementKey, period.label)) + 1;
    if (revision > 1 && !input.correctionNote) throw invalidInput('/correctionNote', `is required: an update for ${period.label} is already in, so this one corrects it`, { code: 'correction_note_required', params: { period: period.label } });

    const update: NewUpdate = {
      planId,
      organizationId,
      elementKey,
      elementKind: kind,
      periodLabel: period.label,
      periodEndsOn: period.endsOn,
      revision,
      values,
      happened: input.happened,
      why: input.why,
      nextSteps: input.nextSteps,
      actionStatus: input.actionStatus,
      percentComplete: input.percentComplete,
      correctionNote: revision > 1 ? input.correctionNote : null,
      source,
      authorId: actor.userId,
      authorLabel: actor.label,
    };
    const { id } = await updatesRepo.insertUpdate(trx, update);
    if (kind === 'measure') await updatesRepo.writeActuals(trx, { ...update, id });
    const saved = presentUpdate((await updatesRepo.findUpdate(trx, organizationId, id))!);
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: revision > 1 ? 'element_update.corrected' : 'element_update.posted',
      entityType: 'element_update',
      entityId: id,
      after: { planId, elementKey, ...saved },
    });
    return saved;
  });
}

type ParsedInput = ReturnType<typeof UpdateBody.parse>;

/** The route has checked the body already; a link post or a script may not have. */
function parseInput(input: UpdateInput): ParsedInput {
  const parsed = UpdateBody.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => detailOfIssue(`/${issue.path.join('/')}`, issue));
  throw new AppError('invalid_input', `Some fields are not valid: ${[...new Set(details.map((d) => d.path))].join(', ')}`, details);
}

/** Values belong to measures, status and percent complete to actions; an update must say something. */
function checkFitsKind(kind: 'measure' | 'action', input: ParsedInput) {
  const hasNarrative = Boolean(input.happened || input.why || input.nextSteps);
  if (kind === 'measure') {
    if (input.actionStatus !== null) throw invalidInput('/actionStatus', 'applies to actions only; a measure reports values', { code: 'actions_only' });
    if (input.percentComplete !== null) throw invalidInput('/percentComplete', 'applies to actions only; a measure reports values', { code: 'actions_only' });
    const seen = new Set<string>();
    (input.values ?? []).forEach((v, index) => {
      const group = v.subgroup ?? '';
      if (seen.has(group)) throw invalidInput(`/values/${index}/subgroup`, v.subgroup ? `${v.subgroup} is given twice` : 'all students is given twice', { code: 'duplicate' });
      seen.add(group);
    });
    if (!input.values?.length && !hasNarrative) throw invalidInput('/values', 'give at least one value or say what happened', { code: 'value_or_narrative_required' });
  } else {
    if (input.values?.length) throw invalidInput('/values', 'apply to measures only; an action reports its status and percent complete', { code: 'measures_only' });
    if (input.actionStatus === null && input.percentComplete === null && !hasNarrative) throw invalidInput('/actionStatus', 'give a status, a percent complete or say what happened', { code: 'status_or_narrative_required' });
  }
}

/**
 * A measure's values by student group, each named as the district's list and the measure write it
 * (the same rule as bulk actuals, resultGroupName): another name joins its group, a name on no list
 * is refused, naming the value.
 */
async function valuesOfListedGroups(trx: Transaction<DB>, organizationId: string, element: ElementRow, values: ParsedInput['values'] & object) {
  if (!values.some((value) => value.subgroup)) return values;
  const [groups, posted] = await Promise.all([readStudentGroups(trx, organizationId), updatesRepo.listActualSubgroups(trx, element.plan_id, element.key)]);
  const match = districtGroupMatcher(groups.groups);
  const used = groupNamesOfMeasure(element.fields as Parameters<typeof groupNamesOfMeasure>[0], posted);
  return values.map((value, index) => {
    if (!value.subgroup) return value;
    const subgroup = resultGroupName(value.subgroup, used, match);
    if (subgroup === undefined) throw invalidInput(`/values/${index}/subgroup`, "is not a student group of the district's list or of this measure; choose the group it means, or add it to the list", { code: 'not_a_listed_student_group' });
    return { ...value, subgroup };
  });
}
