import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { checkAnswers } from '../../../core/engagement/check-answers.js';
import { AppError, invalidInput } from '../../errors.js';
import { responseLimiter, type AddressLimiter } from './address-limiter.js';
import { checkFormToken } from './issue-form-token.js';
import { isKioskTokenValid } from './issue-kiosk-token.js';
import { findAcceptingSurvey } from './read-public-survey.js';
import { SubmissionBody } from './surveys.schema.js';
import { surveyResponsesRepo } from './survey-responses.repo.js';
import { problemsError, schemaError } from './survey-problems-error.js';

/**
 * Takes one respondent's answers to an open survey. The response is committed before this
 * returns, so an acknowledged response survives a crash; a retry with a submission id already seen
 * returns the same response id (created: false) and stores nothing more.
 *
 * Refused with 400 naming the field: a bad submission id, a locale the survey is not offered in, a
 * form token that is not ours or younger than a person could answer in, answers that do not fit the
 * survey (/answers/<key>); 429 past the per-address limit; 404/410 as readPublicSurvey.
 *
 * No audit event: a timestamped row per response would tie each anonymous response to the moment
 * it was sent, which the response itself keeps only to the day.
 */
export async function submitSurveyResponse(options: {
  db: Kysely<DB>;
  code: string;
  submission: { submission_id: string; locale: string; answers: unknown; form_token?: string; kiosk_token?: string; website?: string };
  channel: 'web' | 'kiosk';
  /** Used only in memory for the per-address limit, never stored. */
  client: { address: string };
  /** The server's secret (config.sessionSecret): form and kiosk tokens are signed with it, addresses hashed with it. */
  secret: string;
  limiter?: AddressLimiter;
  now?: Date;
}): Promise<{ id: string; created: boolean }> {
  const { db, secret } = options;
  const survey = await findAcceptingSurvey({ db, code: options.code, now: options.now });
  const parsed = SubmissionBody.safeParse(options.submission);
  if (!parsed.success) throw schemaError(parsed.error);
  const submission = parsed.data;

  // The honeypot: a field people never see, so never fill in. Whoever did is answered as if all went
  // well (a robot learns nothing to adapt to) and nothing is stored.
  if (submission.website?.trim()) return { id: randomUUID(), created: true };

  const isKiosk = submission.kiosk_token !== undefined && isKioskTokenValid({ token: submission.kiosk_token, surveyId: survey.surveyId, secret, now: options.now });
  if (submission.kiosk_token !== undefined && !isKiosk) throw invalidInput('/kiosk_token', 'is not a kiosk token of this survey, or it has expired; restart the kiosk', { code: 'invalid' });
  if (!isKiosk && !(options.limiter ?? responseLimiter).take({ secret, surveyId: survey.surveyId, address: options.client.address, now: options.now?.getTime() })) {
    throw new AppError('rate_limited', 'Too many responses from this address for now; try again in an hour');
  }
  if (submission.form_token !== undefined) {
    const token = checkFormToken({ token: submission.form_token, code: survey.code, secret, now: options.now });
    if (token === 'too_quick') throw invalidInput('/form_token', 'was sent too quickly after the page opened; wait a moment and send again', { code: 'too_quick' });
    if (token === 'invalid') throw invalidInput('/form_token', 'is not a form token of this survey, or it has expired; reload the page (your answers are kept)', { code: 'invalid' });
  }
  if (!survey.document.languages.includes(submission.locale)) {
    throw invalidInput('/locale', `must be one of the survey's languages: ${survey.document.languages.join(', ')}`, { code: 'invalid_choice' });
  }
  const checked = checkAnswers(survey.document, submission.answers);
  if (!checked.ok) throw problemsError(checked.problems);

  const stored = await surveyResponsesRepo.insertOnce(db, {
    surveyId: survey.surveyId,
    organizationId: survey.organizationId,
    submissionId: submission.submission_id,
    locale: submission.locale,
    answers: checked.answers,
    channel: isKiosk || options.channel === 'kiosk' ? 'kiosk' : 'web',
    respondent: null,
    enteredBy: null,
    isDayOnly: survey.document.mode === 'anonymous',
  });
  // No noteCommit: a response changes nothing the process's caches keep (results read responses by seq).
  return stored;
}
