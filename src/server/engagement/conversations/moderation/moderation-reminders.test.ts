import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineJobQueue } from '../../../jobs/job-queue.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { sampleConversation } from '../../../testing/conversation-test-kit.js';
import { cliActor } from '../../../platform/audit/actor.js';
import { createConversation } from '../create-conversation.js';
import { openConversation } from '../open-conversation.js';
import { MODERATION_REMINDERS_JOB, startModerationReminderJobs } from './moderation-reminder-jobs.js';

let t: TestApp;
const jobs = inlineJobQueue();
const errors: string[] = [];
beforeAll(async () => {
  t = await createTestApp();
  await startModerationReminderJobs({ ctx: t.ctx, jobs, log: { info: () => {}, error: (message) => errors.push(message) } });
});
afterAll(() => t.close());

const HOUR = 3_600_000;
const sweepAt = (now: Date) => jobs.send(MODERATION_REMINDERS_JOB, { now: now.toISOString() });
const outboxOf = (districtId: string) =>
  t.ctx.db.selectFrom('outbox_messages').select(['to_address', 'subject', 'body_text']).where('organization_id', '=', districtId).orderBy('to_address').orderBy('created_at').execute();

/** A district with the people given and an open conversation (pre-moderated unless said), opened from the command line. */
async function district(roles: Array<{ role: 'moderator' | 'planner' | 'administrator' | 'viewer'; email: string; locale?: 'es' }>, moderation: 'pre' | 'post' = 'pre') {
  const organizationId = (await t.factories.organization({ name: `Bayview ${Math.random().toString(36).slice(2, 7)}` })).id;
  for (const person of roles) {
    const user = await t.factories.user({ organizationId, role: person.role, email: person.email, name: person.email.split('@')[0]! });
    if (person.locale) await t.ctx.db.updateTable('users').set({ locale: person.locale }).where('id', '=', user.id).execute();
  }
  const scope = { db: t.ctx.db, actor: cliActor, organizationId };
  const conversation = await createConversation({ ...scope, values: sampleConversation({ moderation }) as Parameters<typeof createConversation>[0]['values'] });
  await openConversation({ ...scope, conversationId: conversation.id });
  return { districtId: organizationId, conversationId: conversation.id };
}

/**
 * A participant's statement waiting in the queue, written straight to the table with the time it
 * was posted: the tests of the queue need statements that have waited hours, not milliseconds.
 */
async function pendingStatement(options: { conversationId: string; organizationId: string; text: string; language?: string; postedAt?: Date }) {
  const row = await t.ctx.db
    .insertInto('conversation_statements')
    .values({
      conversation_id: options.conversationId,
      organization_id: options.organizationId,
      text: options.text,
      language: options.language ?? 'en',
      translations: JSON.stringify({}),
      status: 'pending',
      created_at: options.postedAt ?? new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('the moderation queue reminder', () => {
  it('mails each moderator in their language with a link to the queue, once a day however often the sweep runs', async () => {
    const { districtId, conversationId } = await district([
      { role: 'moderator', email: 'mod.en@example.org' },
      { role: 'moderator', email: 'mod.es@example.org', locale: 'es' },
      { role: 'planner', email: 'planner@example.org' },
    ]);
    const now = new Date();
    await pendingStatement({ conversationId, organizationId: districtId, text: 'Teach cooking', postedAt: new Date(now.getTime() - 5 * HOUR) });
    await pendingStatement({ conversationId, organizationId: districtId, text: 'More buses', postedAt: new Date(now.getTime() - HOUR) });

    await sweepAt(now);
    const mails = await outboxOf(districtId);
    expect(mails.map((m) => m.to_address)).toEqual(['mod.en@example.org', 'mod.es@example.org']);
    const [english, spanish] = mails;
    const link = `http://waymark.test/o/${districtId}/engagement/conversations/${conversationId}/statements`;
    expect(english!.subject).toBe('2 ideas wait for review: “What should our graduates be able to do?”');
    expect(english!.body_text).toContain(`Review the queue here: ${link}`);
    expect(english!.body_text).toContain('the oldest for 5 hours');
    expect(spanish!.subject).toBe('2 ideas esperan revisión: «¿Qué deberían saber hacer nuestros graduados?»');
    expect(spanish!.body_text).toContain(`Revise la cola aquí: ${link}`);

    await sweepAt(new Date(now.getTime() + HOUR));
    await sweepAt(new Date(now.getTime() + 23 * HOUR));
    expect(await outboxOf(districtId)).toHaveLength(2);
    await sweepAt(new Date(now.getTime() + 25 * HOUR));
    expect(await outboxOf(districtId)).toHaveLength(4);
    expect(errors).toEqual([]);
  });

  it('waits a few hours before the first mail and says nothing once the queue is empty', async () => {
    const { districtId, conversationId } = await district([{ role: 'moderator', email: 'patient@example.org' }], 'post');
    const now = new Date();
    const statementId = await pendingStatement({ conversationId, organizationId: districtId, text: 'Later start times', postedAt: new Date(now.getTime() - 2 * HOUR) });
    await sweepAt(now);
    expect(await outboxOf(districtId)).toEqual([]);
    await t.ctx.db.updateTable('conversation_statements').set({ status: 'accepted' }).where('id', '=', statementId).execute();
    await sweepAt(new Date(now.getTime() + 6 * HOUR));
    expect(await outboxOf(districtId)).toEqual([]);
  });

  it('mails the planners when the district has no moderator, and nobody about a closed conversation', async () => {
    const { districtId, conversationId } = await district([
      { role: 'planner', email: 'steering@example.org' },
      { role: 'viewer', email: 'reader@example.org' },
    ]);
    const now = new Date();
    await pendingStatement({ conversationId, organizationId: districtId, text: 'Teach first aid', postedAt: new Date(now.getTime() - 30 * HOUR) });
    await sweepAt(now);
    const mails = await outboxOf(districtId);
    expect(mails.map((m) => [m.to_address, m.subject])).toEqual([['steering@example.org', '1 idea waits for review: “What should our graduates be able to do?”']]);

    const closed = await district([{ role: 'moderator', email: 'closed.mod@example.org' }]);
    await pendingStatement({ conversationId: closed.conversationId, organizationId: closed.districtId, text: 'Too late', postedAt: new Date(now.getTime() - 30 * HOUR) });
    await t.ctx.db.updateTable('conversations').set({ status: 'closed' }).where('id', '=', closed.conversationId).execute();
    await sweepAt(now);
    expect(await outboxOf(closed.districtId)).toEqual([]);
  });
});
