import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, forbidden, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { sessionsRepo, type TaskValues } from './sessions.repo.js';
import { presentTask } from './sessions.present.js';

interface Scope {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  cycleId: string;
  sessionId: string;
}

/** An owner must be an active member of the district: a task cannot be handed to a stranger. */
async function checkOwner(scope: Scope, ownerId: string | undefined) {
  if (ownerId && !(await sessionsRepo.isActiveDistrictMember(scope.db, scope.organizationId, ownerId))) {
    throw invalidInput('/ownerId', 'is not a member of this district', { code: 'not_a_member' });
  }
}

/** Adds a follow-up task to a session, with its owner and due date. */
export async function addSessionTask(options: Scope & { values: Required<Omit<TaskValues, 'status'>> }) {
  const { db, actor, organizationId, cycleId, sessionId, values } = options;
  await checkOwner(options, values.ownerId);
  return inTransaction(db, async (trx) => {
    if (!(await sessionsRepo.findSession(trx, organizationId, cycleId, sessionId))) throw notFound('Session');
    const task = presentTask(await sessionsRepo.insertTask(trx, { organizationId, cycleId, sessionId, userId: actor.userId }, values));
    await recordAuditEvent(trx, actor, { organizationId, action: 'session.task_added', entityType: 'cycle_session_task', entityId: task.id, after: task });
    return task;
  });
}

/**
 * Changes a follow-up task. Planners change anything; the task's owner, whatever their role,
 * may open or close their own task and nothing else.
 */
export async function updateSessionTask(options: Scope & { taskId: string; version: number; values: TaskValues; canEditCycle: boolean }) {
  const { db, actor, organizationId, cycleId, sessionId, taskId, version, values, canEditCycle } = options;
  await checkOwner(options, values.ownerId);
  return inTransaction(db, async (trx) => {
    if (!(await sessionsRepo.findSession(trx, organizationId, cycleId, sessionId))) throw notFound('Session');
    const before = await sessionsRepo.findTask(trx, organizationId, sessionId, taskId);
    if (!before) throw notFound('Task');
    if (!canEditCycle) {
      if (before.owner_id !== actor.userId) throw forbidden('Only the owner of a task or a planner may change it');
      const others = Object.keys(values).filter((key) => key !== 'status' && values[key as keyof TaskValues] !== undefined);
      if (others.length) throw forbidden(`The owner of a task may change its status only, not ${others.join(', ')}`);
    }
    if (before.version !== version) throw new AppError('conflict', 'Someone else changed this task; review and try again', [], { current: presentTask(before) });
    const after = await sessionsRepo.updateTask(trx, organizationId, sessionId, taskId, version, values);
    if (!after) throw new AppError('conflict', 'Someone else changed this task; reload and try again');
    const action = values.status && values.status !== before.status && Object.keys(values).length === 1 ? (values.status === 'done' ? 'session.task_done' : 'session.task_reopened') : 'session.task_changed';
    await recordAuditEvent(trx, actor, { organizationId, action, entityType: 'cycle_session_task', entityId: taskId, before: presentTask(before), after: presentTask(after) });
    return presentTask(after);
  });
}

/** Removes a follow-up task. */
export async function removeSessionTask(options: Scope & { taskId: string }) {
  const { db, actor, organizationId, cycleId, sessionId, taskId } = options;
  return inTransaction(db, async (trx) => {
    if (!(await sessionsRepo.findSession(trx, organizationId, cycleId, sessionId))) throw notFound('Session');
    const before = await sessionsRepo.findTask(trx, organizationId, sessionId, taskId);
    if (!before) throw notFound('Task');
    await sessionsRepo.deleteTask(trx, organizationId, sessionId, taskId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'session.task_removed', entityType: 'cycle_session_task', entityId: taskId, before: presentTask(before) });
  });
}
