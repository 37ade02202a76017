import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from './actor.js';

export interface AuditEntry {
  organizationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditFilter {
  /** null: the whole instance, for operators (account-level events have no organization). */
  organizationId: string | null;
  action?: string;
  entityType?: string;
  actor?: string;
  from?: string;
  to?: string;
  before?: string;
  limit: number;
}

export const auditRepo = {
  /** Writes the audit row; call it with the transaction of the write it describes. */
  async record(trx: Transaction<DB>, actor: Actor, entry: AuditEntry) {
    await trx
      .insertInto('audit_events')
      .values({
        organization_id: entry.organizationId,
        actor_user_id: actor.userId,
        actor_label: actor.label,
        action: entry.action,
        entity_type: entry.entityType,
        entity_id: entry.entityId,
        before: entry.before === undefined ? null : JSON.stringify(entry.before),
        after: entry.after === undefined ? null : JSON.stringify(entry.after),
      })
      .execute();
  },

  list(db: Kysely<DB>, filter: AuditFilter) {
    let query = db
      .selectFrom('audit_events')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(filter.limit + 1);
    if (filter.organizationId) query = query.where('organization_id', '=', filter.organizationId);
    if (filter.action) query = query.where('action', 'like', `${filter.action.replace(/[%_\\]/g, '\\$&')}%`);
    if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
    if (filter.actor) query = query.where('actor_label', 'ilike', `%${filter.actor.replace(/[%_\\]/g, '\\$&')}%`);
    if (filter.from) query = query.where('created_at', '>=', sql<Date>`${filter.from}::date`);
    if (filter.to) query = query.where('created_at', '<', sql<Date>`${filter.to}::date + 1`);
    if (filter.before) query = query.where('id', '<', filter.before);
    return query.execute();
  },
};
