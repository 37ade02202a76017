import type { TestApp } from './test-app.js';
import { addSeed, openConversationFor, sampleConversation } from './conversation-test-kit.js';

/**
 * Test data for results, written straight to the tables (a results test needs dozens of raters,
 * which the public routes' rate limits would slow): participants with a role or none, and their
 * ratings or votes of statements, on given days.
 */
export async function addParticipants(t: TestApp, conversationId: string, organizationId: string, people: { role?: string; day?: string }[]): Promise<string[]> {
  if (!people.length) return [];
  const rows = await t.ctx.db
    .insertInto('conversation_participants')
    .values(people.map((person) => ({ conversation_id: conversationId, organization_id: organizationId, external_id: null, device_hash: null, email_hash: null, demographics: JSON.stringify(person.role ? { role: person.role } : {}), created_at: new Date(`${person.day ?? '2026-03-02'}T00:00:00Z`) })))
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function addVotes(t: TestApp, conversationId: string, organizationId: string, statementId: string, participants: readonly string[], value: number | ((index: number) => number), day = '2026-03-03') {
  if (!participants.length) return;
  await t.ctx.db
    .insertInto('conversation_votes')
    .values(participants.map((participantId, index) => ({ statement_id: statementId, participant_id: participantId, conversation_id: conversationId, organization_id: organizationId, value: typeof value === 'number' ? value : value(index), voted_at: new Date(`${day}T00:00:00Z`) })))
    .execute();
}

/**
 * An open rate-mode conversation: 10 parents and 10 students, and 5 people who gave no role and
 * rated only an idea the team then hid. "Buses" is rated 5 by parents and 1 by students; "Pay" 4 and 5
 * by turns (4.5) by everyone; "Two fives" only twice, 5 each.
 */
export async function ratedConversation(t: TestApp, districtId: string, auth: Record<string, string>) {
  const { id, code } = await openConversationFor(t, districtId, auth, sampleConversation({ mode: 'rate' }));
  const buses = await addSeed(t, id, auth, 'Run the buses later');
  const pay = await addSeed(t, id, auth, 'Pay teachers more');
  const twoFives = await addSeed(t, id, auth, 'Two fives');
  const hidden = await addSeed(t, id, auth, 'A hidden idea');
  await t.ctx.db.updateTable('conversation_statements').set({ status: 'hidden' }).where('id', '=', hidden).execute();
  await t.ctx.db.updateTable('conversation_statements').set({ created_at: new Date('2026-03-01T00:00:00Z') }).where('conversation_id', '=', id).execute();
  const parents = await addParticipants(t, id, districtId, Array.from({ length: 10 }, () => ({ role: 'parent' })));
  const students = await addParticipants(t, id, districtId, Array.from({ length: 10 }, () => ({ role: 'student', day: '2026-03-04' })));
  const unnamed = await addParticipants(t, id, districtId, Array.from({ length: 5 }, () => ({})));
  await addVotes(t, id, districtId, buses, parents, 5);
  await addVotes(t, id, districtId, buses, students, 1);
  await addVotes(t, id, districtId, pay, [...parents, ...students], (index) => (index % 2 ? 5 : 4), '2026-03-04');
  await addVotes(t, id, districtId, twoFives, parents.slice(0, 2), 5);
  await addVotes(t, id, districtId, hidden, unnamed, 5);
  return { id, code, statements: { buses, pay, twoFives, hidden } };
}
