import { startBareIngestServer } from '../lib/bare-ingest-server.mjs';
import { fullAnswers, openSurvey } from './survey-document.mjs';

// Replaced by a fresh UUID in every request sent (see generate-load.mjs), so each is a new response.
const FRESH_ID = 'FRESH-SUBMISSION-ID';
// The server refuses a form token younger than this (issue-form-token.ts): a person takes longer to read.
const FORM_MINIMUM_MS = 3100;

/**
 * The ingest target: survey responses on the public route, each a new respondent (a fresh
 * submission_id) answering all 20 questions in Spanish, at 50 connections, reach at least 80% of
 * the throughput of a bare Fastify route that validates the same body and inserts the same row
 * through the same pg pool (bench/lib/bare-ingest-server.mjs), measured in the same run. Each
 * request carries what a kiosk's browser sends: the page's form token and the kiosk token (which
 * lifts the per-address limit that 50 clients on one address would otherwise meet after 60).
 */
/** @type {import('./index.mjs').Scenario} */
export default {
  name: 'survey ingest',
  description: 'POST /api/public/surveys/{code}/responses, a new response each, 20 answers',
  server: 'waymark',
  targetRatio: 0.8,
  async request({ waymark, shared }) {
    const survey = await openSurvey(waymark, 'Bench ingest survey');
    const { json: kiosk } = await waymark.send({ method: 'POST', path: `/api/surveys/${survey.id}/kiosk-link`, headers: survey.auth });
    // The kiosk's token rides in the link's fragment, where the kiosk page reads it.
    const kioskToken = decodeURIComponent(new URL(kiosk.url).hash.replace(/^#k=/, ''));
    const { json: page } = await waymark.send({ path: `/api/public/surveys/${survey.code}` });
    await new Promise((resolve) => setTimeout(resolve, FORM_MINIMUM_MS));
    const body = JSON.stringify({ submission_id: FRESH_ID, locale: 'es', answers: fullAnswers(), form_token: page.form_token, kiosk_token: kioskToken });
    shared.ingestSurvey = { id: survey.id, document: page.document, body };
    return { method: 'POST', path: `/api/public/surveys/${survey.code}/responses`, headers: { 'content-type': 'application/json' }, body, freshId: FRESH_ID };
  },
  async yardstick({ waymark, root, shared }) {
    const { id, document, body } = shared.ingestSurvey;
    const bare = await startBareIngestServer({ root, pool: waymark.pool, survey: { id, organizationId: waymark.organizationId, document } });
    return {
      name: 'survey ingest: bare route',
      description: 'bare Fastify 5: the same zod body schema and checkAnswers, the same INSERT through the same pool',
      request: { baseUrl: bare.url, method: 'POST', path: '/responses', headers: { 'content-type': 'application/json' }, body, freshId: FRESH_ID },
      stop: bare.stop,
    };
  },
};
