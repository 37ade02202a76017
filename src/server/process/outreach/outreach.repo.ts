import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { OutreachItemsTable } from '../tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface ItemValues {
  kind: OutreachItemsTable['kind'];
  title: string;
  subject: string | null;
  body: string;
}
export interface SendRecord {
  itemId: string;
  itemTitle: string;
  groupId: string;
  groupName: string;
  sessionId: string | null;
  link: string | null;
  subject: string;
  sentBy: string | null;
  sentByLabel: string;
  recipients: Array<{ name: string; email: string }>;
}

export const outreachRepo = {
  findCycle(db: Executor, organizationId: string, cycleId: string) {
    return db
      .selectFrom('planning_cycles as c')
      .innerJoin('organizations as o', 'o.id', 'c.organization_id')
      .select(['c.id', 'o.name as district_name'])
      .where('c.organization_id', '=', organizationId)
      .where('c.id', '=', cycleId)
      .executeTakeFirst();
  },

  /** Marks the kit started (once: later callers find it so); true for the caller that started it. */
  async startKit(trx: Transaction<DB>, cycleId: string, organizationId: string) {
    const row = await trx.insertInto('outreach_kits').values({ cycle_id: cycleId, organization_id: organizationId }).onConflict((oc) => oc.column('cycle_id').doNothing()).returning('cycle_id').executeTakeFirst();
    return Boolean(row);
  },

  listItems(db: Executor, cycleId: string) {
    return db.selectFrom('outreach_items').selectAll().where('cycle_id', '=', cycleId).orderBy('position').orderBy('created_at').execute();
  },

  findItem(db: Executor, cycleId: string, itemId: string) {
    return db.selectFrom('outreach_items').selectAll().where('cycle_id', '=', cycleId).where('id', '=', itemId).executeTakeFirst();
  },

  async insertItems(trx: Transaction<DB>, cycleId: string, organizationId: string, items: ItemValues[]) {
    const { next } = await trx
      .selectFrom('outreach_items')
      .select(sql<number>`coalesce(max(position), -1) + 1`.as('next'))
      .where('cycle_id', '=', cycleId)
      .executeTakeFirstOrThrow();
    return trx
      .insertInto('outreach_items')
      .values(items.map((item, i) => ({ cycle_id: cycleId, organization_id: organizationId, position: next + i, ...item })))
      .returningAll()
      .execute();
  },

  updateItem(trx: Transaction<DB>, itemId: string, version: number, values: Partial<Omit<ItemValues, 'kind'>>) {
    return trx
      .updateTable('outreach_items')
      .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', itemId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  deleteItem(trx: Transaction<DB>, cycleId: string, itemId: string) {
    return trx.deleteFrom('outreach_items').where('cycle_id', '=', cycleId).where('id', '=', itemId).returningAll().executeTakeFirst();
  },

  findGroup(db: Executor, cycleId: string, groupId: string) {
    return db.selectFrom('stakeholder_groups').select(['id', 'name', 'contacts']).where('cycle_id', '=', cycleId).where('id', '=', groupId).executeTakeFirst();
  },

  findSession(db: Executor, cycleId: string, sessionId: string) {
    return db.selectFrom('cycle_sessions').select(['id', 'name', 'session_date']).where('cycle_id', '=', cycleId).where('id', '=', sessionId).executeTakeFirst();
  },

  insertSend(trx: Transaction<DB>, cycleId: string, organizationId: string, send: SendRecord) {
    return trx
      .insertInto('outreach_sends')
      .values({
        cycle_id: cycleId,
        organization_id: organizationId,
        item_id: send.itemId,
        item_title: send.itemTitle,
        group_id: send.groupId,
        group_name: send.groupName,
        session_id: send.sessionId,
        link: send.link,
        subject: send.subject,
        sent_by: send.sentBy,
        sent_by_label: send.sentByLabel,
        recipient_count: send.recipients.length,
        recipients: JSON.stringify(send.recipients),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  listSends(db: Executor, cycleId: string) {
    return db.selectFrom('outreach_sends').selectAll().where('cycle_id', '=', cycleId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(200).execute();
  },
};
