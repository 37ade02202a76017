import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { sessionsRepo } from './sessions.repo.js';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/**
 * What one person owes the district: the follow-up tasks of sessions they own (open and done)
 * and the cycle deliverables they own that are not complete, soonest due first.
 */
export async function listMyTasks(options: { db: Kysely<DB>; organizationId: string; userId: string; today?: string }) {
  const { db, organizationId, userId } = options;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const [tasks, deliverables] = await Promise.all([sessionsRepo.listOwnedTasks(db, organizationId, userId), sessionsRepo.listOwnedDeliverables(db, organizationId, userId)]);
  const items = [
    ...tasks.map((t) => ({
      kind: 'task' as const,
      id: t.id,
      title: t.title,
      cycleId: t.cycle_id,
      cycleName: t.cycle_name,
      sessionId: t.session_id,
      sessionName: t.session_name,
      dueDate: t.due_date,
      status: t.status as string,
      isOverdue: t.status === 'open' && t.due_date < today,
      doneAt: iso(t.done_at),
      version: t.version,
    })),
    ...deliverables.map((d) => ({
      kind: 'deliverable' as const,
      id: d.id,
      title: d.name,
      cycleId: d.cycle_id,
      cycleName: d.cycle_name,
      sessionId: null,
      sessionName: null,
      dueDate: d.due_date,
      status: d.status as string,
      isOverdue: d.due_date < today,
      doneAt: null,
      version: d.version,
    })),
  ];
  items.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title));
  return { today, items };
}
