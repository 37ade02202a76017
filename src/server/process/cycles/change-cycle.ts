import type { Kysely } from 'kysely';
import type { ProcessTemplate } from '../../../core/process/process-template.schema.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkOptionalPaths, storedChoices } from './cycle-choices.js';
import { lockCycle } from './cycle-rules.js';
import { cyclesRepo } from './cycles.repo.js';

/**
 * Renames a cycle, links it to the plan it produces (null unlinks) and/or sets the optional
 * paths it takes: a framework decides those in a later phase, so they stay open after the start.
 * The plan must be the district's own: a plan id from elsewhere is refused as bad input, saying
 * nothing about it. 409 with the current name, plan, paths and version when the caller's copy is stale.
 */
export function changeCycle(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  cycleId: string;
  version: number;
  name?: string;
  planId?: string | null;
  optionalPaths?: string[];
  /** The cycle's template, to check the optional paths against. */
  templateOf?: (templateId: string) => ProcessTemplate | undefined;
}) {
  const { db, actor, organizationId, cycleId, version } = options;
  const changes: { name?: string; plan_id?: string | null; optional_paths?: string[] } = {};
  if (options.name !== undefined) changes.name = options.name;
  if (options.planId !== undefined) changes.plan_id = options.planId;
  if (Object.keys(changes).length === 0 && options.optionalPaths === undefined) throw invalidInput('/name', 'give a name, a planId or optionalPaths to change', { code: 'nothing_to_change' });
  return inTransaction(db, async (trx) => {
    const before = await lockCycle(trx, organizationId, cycleId);
    if (changes.plan_id && !(await cyclesRepo.findDistrictPlan(trx, organizationId, changes.plan_id))) throw invalidInput('/planId', 'is not a plan of this district', { code: 'invalid_choice' });
    if (options.optionalPaths !== undefined) {
      const template = options.templateOf?.(before.template_id);
      if (!template) throw invalidInput('/optionalPaths', 'this cycle has no template offering optional paths', { code: 'no_optional_paths' });
      changes.optional_paths = checkOptionalPaths(template, options.optionalPaths);
    }
    const beforePaths = storedChoices(before).optionalPaths;
    const after = before.version === version ? await cyclesRepo.updateCycle(trx, cycleId, version, changes) : undefined;
    if (!after) {
      throw new AppError('conflict', 'Someone else changed this cycle; review the latest version and try again', [], {
        current: { name: before.name, planId: before.plan_id, optionalPaths: beforePaths, version: before.version },
      });
    }
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: auditAction(changes),
      entityType: 'planning_cycle',
      entityId: cycleId,
      before: { name: before.name, planId: before.plan_id, optionalPaths: beforePaths },
      after: { name: after.name, planId: after.plan_id, optionalPaths: storedChoices(after).optionalPaths },
    });
    return after;
  });
}

/** A rename and a change of paths alone keep their own names in the log; anything else is a change. */
function auditAction(changes: { name?: string; plan_id?: string | null; optional_paths?: string[] }) {
  const fields = Object.keys(changes);
  if (fields.length === 1 && fields[0] === 'name') return 'cycle.renamed';
  if (fields.length === 1 && fields[0] === 'optional_paths') return 'cycle.optional_paths_changed';
  return 'cycle.changed';
}
