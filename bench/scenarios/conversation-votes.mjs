import { startBareVoteServer } from '../lib/bare-vote-server.mjs';
import { jsonRequest } from '../lib/http.mjs';

const PARTICIPANTS = 400;
const STATEMENTS = 120;
// The server refuses a form token younger than this (issue-form-token.ts): a person takes longer to read.
const FORM_MINIMUM_MS = 3100;

/**
 * The vote-ingest target: votes on the public route at 50 connections reach at least 80%
 * of the throughput of a bare Fastify route that validates the same body and casts the same vote
 * through the same pg pool (bench/lib/bare-vote-server.mjs), measured in the same run. 400
 * participants joined through the public API, each from an address of their own (phones on their
 * own connections, as the server sees them behind a proxy it trusts), vote on 120 statements in a
 * shuffled order; a vote on a pair already voted replaces it, as a change of mind does.
 */
/** @type {import('./index.mjs').Scenario} */
export default {
  name: 'conversation votes',
  description: 'POST /api/public/conversations/{code}/votes, 400 participants x 120 statements',
  server: 'waymark',
  targetRatio: 0.8,
  async request({ waymark, shared }) {
    const auth = { authorization: `Bearer ${waymark.apiToken}` };
    const { json: conversation } = await waymark.send(
      jsonRequest('POST', `/api/districts/${waymark.organizationId}/conversations`, { mode: 'vote', prompt: { en: 'What should our graduates be able to do?', es: '¿Qué deberían saber hacer nuestros graduados?' }, languages: ['en', 'es'] }, auth),
    );
    const statements = [];
    for (let i = 0; i < STATEMENTS; i++) {
      const { json } = await waymark.send(jsonRequest('POST', `/api/conversations/${conversation.id}/statements`, { text: `Bench statement number ${i}: graduates should be able to do thing ${i}.`, language: 'en' }, auth));
      statements.push(json.id);
    }
    const { json: opened } = await waymark.send(jsonRequest('POST', `/api/conversations/${conversation.id}/open`, {}, auth));
    const { json: page } = await waymark.send({ path: `/api/public/conversations/${opened.public_code}` });
    await new Promise((resolve) => setTimeout(resolve, FORM_MINIMUM_MS));
    const participants = [];
    for (let i = 0; i < PARTICIPANTS; i++) {
      const headers = { 'x-forwarded-for': addressOf(i) };
      const { json } = await waymark.send(jsonRequest('POST', `/api/public/conversations/${opened.public_code}/participants`, { device_id: `bench-device-${String(i).padStart(8, '0')}`, form_token: page.form_token }, headers));
      participants.push(json.participant);
    }
    const variants = [];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 20_000; i++) {
      const who = Math.floor(random() * PARTICIPANTS);
      const body = JSON.stringify({ participant: participants[who], statement: statements[Math.floor(random() * STATEMENTS)], value: Math.floor(random() * 3) - 1 });
      variants.push({ body, headers: { 'x-forwarded-for': addressOf(who) } });
    }
    shared.conversationVotes = { id: conversation.id, variants };
    const first = variants[0];
    return { method: 'POST', path: `/api/public/conversations/${opened.public_code}/votes`, headers: { 'content-type': 'application/json', ...first.headers }, body: first.body, variants };
  },
  async yardstick({ waymark, root, shared }) {
    const { id, variants } = shared.conversationVotes;
    const bare = await startBareVoteServer({ root, pool: waymark.pool, conversationId: id });
    return {
      name: 'conversation votes: bare route',
      description: 'bare Fastify 5: the same zod body schema, the same vote statement through the same pool',
      request: { baseUrl: bare.url, method: 'POST', path: '/votes', headers: { 'content-type': 'application/json' }, body: variants[0].body, variants },
      stop: bare.stop,
    };
  },
};

/** Participant i's own address (one phone, one connection). */
function addressOf(i) {
  return `198.51.${100 + Math.floor(i / 250)}.${(i % 250) + 1}`;
}
