import { randomUUID } from 'node:crypto';
import { addSeedStatement } from '../engagement/conversations/add-seed-statement.js';
import { castVote } from '../engagement/conversations/cast-vote.js';
import { createConversation } from '../engagement/conversations/create-conversation.js';
import { joinConversation } from '../engagement/conversations/join-conversation.js';
import { openConversation } from '../engagement/conversations/open-conversation.js';
import { issueFormToken } from '../engagement/surveys/issue-form-token.js';
import { cliActor } from '../platform/audit/actor.js';
import { json, testConfig, type TestApp } from './test-app.js';

/** A bilingual vote-mode conversation with one demographic question, as POST /api/districts/{districtId}/conversations takes it. */
export function sampleConversation(overrides: Record<string, unknown> = {}) {
  return {
    mode: 'vote',
    prompt: { en: 'What should our graduates be able to do?', es: '¿Qué deberían saber hacer nuestros graduados?' },
    languages: ['en', 'es'],
    demographics: [
      {
        key: 'role',
        type: 'single',
        demographic: 'role',
        text: { en: 'Which best describes you?', es: '¿Qué le describe mejor?' },
        options: [
          { key: 'parent', text: { en: 'Parent', es: 'Madre o padre' } },
          { key: 'student', text: { en: 'Student', es: 'Estudiante' } },
        ],
      },
    ],
    ...overrides,
  };
}

/** Creates a conversation in the district and opens it; returns its id and public code. */
export async function openConversationFor(t: TestApp, districtId: string, auth: Record<string, string>, body: Record<string, unknown> = sampleConversation()) {
  const created = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/conversations`, headers: auth, payload: body });
  if (created.statusCode !== 201) throw new Error(`create failed: ${created.statusCode} ${created.body}`);
  const id = json(created).id as string;
  const opened = await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/open`, headers: auth });
  if (opened.statusCode !== 200) throw new Error(`open failed: ${opened.statusCode} ${opened.body}`);
  return { id, code: json(opened).public_code as string };
}

/** A form token issued a minute ago: old enough to be taken (the minimum is a few seconds). */
export const seasonedFormToken = (code: string) => issueFormToken({ code, secret: testConfig.sessionSecret, now: new Date(Date.now() - 60_000) });

/** A participant joined through the public route with a fresh device id; returns the ref. */
export async function joinAs(t: TestApp, code: string, options: { deviceId?: string; demographics?: Record<string, unknown>; address?: string } = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/public/conversations/${code}/participants`,
    payload: { device_id: options.deviceId ?? randomUUID().replace(/-/g, ''), form_token: seasonedFormToken(code), ...(options.demographics ? { demographics: options.demographics } : {}) },
    ...(options.address ? { remoteAddress: options.address } : {}),
  });
  if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`join failed: ${res.statusCode} ${res.body}`);
  return json(res).participant as string;
}

/** A seed statement by the team; returns its id. */
export async function addSeed(t: TestApp, conversationId: string, auth: Record<string, string>, text: string, language = 'en') {
  const res = await t.app.inject({ method: 'POST', url: `/api/conversations/${conversationId}/statements`, headers: auth, payload: { text, language } });
  if (res.statusCode !== 201) throw new Error(`seed failed: ${res.statusCode} ${res.body}`);
  return json(res).id as string;
}

export function vote(t: TestApp, code: string, participant: string, statement: string, value: number) {
  return t.app.inject({ method: 'POST', url: `/api/public/conversations/${code}/votes`, payload: { participant, statement, value } });
}

/** A multipart/form-data body of text files by field name (each sent with its field name as the file name), as a browser's form sends it. */
export function multipartFiles(files: Record<string, string>) {
  const boundary = `----waymark-${randomUUID()}`;
  const parts = Object.entries(files).map(([name, content]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n`);
  return { payload: `${parts.join('')}--${boundary}--\r\n`, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/**
 * An open vote-mode conversation of the district with two seed statements, each voted on by two
 * participants, made through the use-cases (no HTTP): for suites that need real ids on every route.
 * `code` gives it a public code of the caller's choosing (the fuzz suite gives it its survey's, so
 * one `:code` reaches both kinds of public routes: codes are unique per table).
 */
export async function seedConversation(t: TestApp, organizationId: string, options: { code?: string } = {}) {
  const scope = { db: t.ctx.db, actor: cliActor, organizationId };
  const conversation = await createConversation({ ...scope, values: sampleConversation() as Parameters<typeof createConversation>[0]['values'] });
  if (options.code) await t.ctx.db.updateTable('conversations').set({ public_code: options.code }).where('id', '=', conversation.id).execute();
  const { code } = await openConversation({ ...scope, conversationId: conversation.id });
  const statements = [
    await addSeedStatement({ ...scope, conversationId: conversation.id, values: { text: 'Every graduate can manage money', language: 'en' } }),
    await addSeedStatement({ ...scope, conversationId: conversation.id, values: { text: 'Every graduate speaks two languages', language: 'en' } }),
  ];
  const secret = t.ctx.config.sessionSecret;
  for (const [index, address] of ['192.0.2.10', '192.0.2.11'].entries()) {
    const { participant } = await joinConversation({ db: t.ctx.db, code, deviceId: `seeded-device-${index}-${randomUUID()}`, formToken: seasonedFormToken(code), client: { address }, secret });
    for (const statement of statements) await castVote({ db: t.ctx.db, code, participant, statement: statement.id, value: index === 0 ? 1 : -1, client: { address }, secret });
  }
  return { conversationId: conversation.id, statementId: statements[0]!.id, code };
}
