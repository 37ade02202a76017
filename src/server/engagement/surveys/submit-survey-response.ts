import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { checkAnswers } from '../../../core/engagement/check-answers.js';
import { AppError, invalidInput } from '../../errors.js';
import { responseLimiter, type AddressLimiter } from './address-limiter.js';
import { normalizeGroupRef } from './group-refs.js';
import { checkFormToken } from './issue-form-token.js';
import { isKioskTokenValid } from './issue-kiosk-token.js';
import { findAcceptingSurvey } from './read-public-survey.js';
import type { Submission } from './surveys.schema.js';
import { surveyResponsesRepo } from './survey-responses.repo.js';
import { warmResponseTable } from './survey-response-tables.js';
import { problemsError } from './survey-problems-error.js';

/**
 * Takes one respondent's answers to an open survey. The response is committed before this
 * returns, so an acknowledged response survives a crash; a retry with a submission id already seen
 * returns the same response id (created: false) and stores nothing more.
 *
 * Refused with 400 naming the field: a bad submission id, a locale the survey is not offered in, a
 * form token that is not ours or younger than a person could answer in, a group that is not a
 * stakeholder group link of the survey (/group), answers that do not fit the survey
 * (/answers/<key>); 429 past the per-address limit; 404/410 as readPublicSurvey.
 *
 * A group link's group is known from the survey ingest already holds (its cycle's groups come with
 * it, open-survey-lookup.ts): no query more per response.
 *
 * No audit event: a timestamped row per response would tie each anonymous response to the moment
 * it was sent, which the response itself keeps only to the day.
 */
export async function submitSurveyResponse(options: {
  db: Kysely<DB>;
  code: string;
  /**
   * Already checked against SubmissionBody by the caller (the route's schema, or the form page that
   * builds it from checked fields): it is not parsed a second time for every response.
   */
  submission: Submission;
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
  const submission = options.submission;

  // The honeypot: a field people never see, so never fill in. Whoever did is answered as if all went
  // well (a robot learns nothing to adapt to) and nothing is stored.
  if (submission.website?.trim()) return { id: randomUUID(), created: true };

  const isKiosk = submission.kiosk_token !== undefined && isKnownKioskToken({ token: submission.kiosk_token, surveyId: survey.surveyId, secret, now: options.now });
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
  const stakeholderGroupId = groupOf(survey.groupRefs, submission.group);
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
    stakeholderGroupId,
  });
  // No noteCommit: a response changes nothing the process's caches keep (results read responses by seq).
  warmResponseTable({ db, organizationId: survey.organizationId, surveyId: survey.surveyId });
  return stored;
}

/** The group of a group link's ref (none when no ref, or an empty one, was sent); 400 for a ref of no group of the survey. */
function groupOf(groupRefs: ReadonlyMap<string, string>, given: string | undefined): string | null {
  if (given === undefined || given.trim() === '') return null;
  const ref = normalizeGroupRef(given);
  const groupId = ref === null ? undefined : groupRefs.get(ref);
  if (groupId === undefined) throw invalidInput('/group', 'is not a stakeholder group link of this survey; use the link as it was shared', { code: 'invalid_choice' });
  return groupId;
}

/**
 * A kiosk sends the same token with every respondent's answers for up to two days, so a token once
 * verified is remembered (at most MAX_KIOSK_TOKENS of them) instead of computing its signature again
 * for each response. Only tokens found valid are remembered, and their expiry is judged on every use.
 */
const MAX_KIOSK_TOKENS = 1_000;
const verifiedKioskTokens = new Map<string, { surveyId: string; secret: string; expiresAt: number }>();
function isKnownKioskToken(options: { token: string; surveyId: string; secret: string; now?: Date }): boolean {
  const now = (options.now ?? new Date()).getTime();
  const known = verifiedKioskTokens.get(options.token);
  if (known && known.surveyId === options.surveyId && known.secret === options.secret) return known.expiresAt > now;
  if (!isKioskTokenValid(options)) return false;
  if (verifiedKioskTokens.size >= MAX_KIOSK_TOKENS) verifiedKioskTokens.clear();
  // A valid token is "k1.<expiry, seconds in base 36>.<signature>" (issue-kiosk-token.ts).
  verifiedKioskTokens.set(options.token, { surveyId: options.surveyId, secret: options.secret, expiresAt: parseInt(options.token.split('.')[1]!, 36) * 1000 });
  return true;
}
