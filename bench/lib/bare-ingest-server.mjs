import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Fastify from 'fastify';

// The same statement survey-responses.repo.ts sends, with pg's own parameters instead of Kysely.
const INSERT = `insert into survey_responses (survey_id, organization_id, submission_id, locale, answers, channel, submitted_at)
  values ($1, $2, $3, $4, $5, 'web', date_trunc('day', now(), 'UTC'))
  on conflict (survey_id, submission_id) do nothing
  returning id`;
const SEEN = 'select id from survey_responses where survey_id = $1 and submission_id = $2';

/**
 * The yardstick for survey ingest: bare Fastify 5 with one route that does what any server taking
 * survey responses must do, and nothing more. It validates the body with the same zod schema
 * (SubmissionBody), checks the locale and the answers against the survey with the same core
 * function (checkAnswers), and inserts the same row through the same pg pool as Waymark, answering
 * a seen submission id with the stored id. It knows its one survey (no lookup by code), has no
 * plugins, no access rules, no tokens and no per-address limit.
 * @param {{ root: string; pool: import('pg').Pool; survey: { id: string; organizationId: string; document: any } }} options
 */
export async function startBareIngestServer({ root, pool, survey }) {
  const dist = (...parts) => import(pathToFileURL(path.join(root, 'dist', ...parts)).href);
  const { SubmissionBody } = await dist('server', 'engagement', 'surveys', 'surveys.schema.js');
  const { checkAnswers } = await dist('core', 'engagement', 'check-answers.js');
  const app = Fastify({ logger: false });
  app.post('/responses', async (request, reply) => {
    const parsed = SubmissionBody.safeParse(request.body);
    if (!parsed.success) return reply.status(400).send({ error: 'invalid_input', issues: parsed.error.issues });
    const { submission_id: submissionId, locale, answers } = parsed.data;
    if (!survey.document.languages.includes(locale)) return reply.status(400).send({ error: 'invalid_input', path: '/locale' });
    const checked = checkAnswers(survey.document, answers);
    if (!checked.ok) return reply.status(400).send({ error: 'invalid_input', problems: checked.problems });
    const inserted = await pool.query(INSERT, [survey.id, survey.organizationId, submissionId, locale, JSON.stringify(checked.answers)]);
    if (inserted.rows[0]) return reply.status(201).send({ id: inserted.rows[0].id });
    const seen = await pool.query(SEEN, [survey.id, submissionId]);
    return reply.status(200).send({ id: seen.rows[0].id });
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, stop: () => app.close() };
}
