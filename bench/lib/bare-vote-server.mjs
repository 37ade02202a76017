import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Fastify from 'fastify';

// The statement conversation-participation.repo.ts sends for every vote, with pg's own parameters.
const CAST_VOTE =
  'insert into conversation_votes (statement_id, participant_id, conversation_id, organization_id, value, voted_at) ' +
  "select s.id, $2, s.conversation_id, s.organization_id, $4, date_trunc('day', now(), 'UTC') from conversation_statements s " +
  "where s.id = $1 and s.conversation_id = $3 and s.status = 'accepted' " +
  'on conflict (statement_id, participant_id) do update set value = excluded.value, voted_at = excluded.voted_at, seq = excluded.seq ' +
  'returning (xmax = 0) as created';
const PARTICIPANT = /^p1\.([0-9a-f-]{36})\./;

/**
 * The yardstick for vote ingest: bare Fastify 5 with one route that does what any server taking
 * votes must do, and nothing more. It validates the body with the same zod schema (VoteBody), reads
 * the participant's id out of the ref without checking its signature, checks the value, and casts
 * the vote with the same statement through the same pg pool as Waymark. It knows its one
 * conversation (no lookup by code), has no plugins, no access rules and no per-address limit.
 * @param {{ root: string; pool: import('pg').Pool; conversationId: string }} options
 */
export async function startBareVoteServer({ root, pool, conversationId }) {
  const dist = (...parts) => import(pathToFileURL(path.join(root, 'dist', ...parts)).href);
  const { VoteBody } = await dist('server', 'engagement', 'conversations', 'conversations.schema.js');
  const app = Fastify({ logger: false });
  app.post('/votes', async (request, reply) => {
    const parsed = VoteBody.safeParse(request.body);
    if (!parsed.success) return reply.status(400).send({ error: 'invalid_input', issues: parsed.error.issues });
    const { participant, statement, value } = parsed.data;
    const participantId = PARTICIPANT.exec(participant)?.[1];
    if (!participantId) return reply.status(400).send({ error: 'invalid_input', path: '/participant' });
    if (value < -1 || value > 1) return reply.status(400).send({ error: 'invalid_input', path: '/value' });
    const cast = await pool.query(CAST_VOTE, [statement, participantId, conversationId, value]);
    if (!cast.rows[0]) return reply.status(400).send({ error: 'invalid_input', path: '/statement' });
    return reply.status(cast.rows[0].created ? 201 : 200).send({ statement, value });
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, stop: () => app.close() };
}
