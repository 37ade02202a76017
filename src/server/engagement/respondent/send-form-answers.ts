import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { checkInvitationLink } from '../invitations/check-invitation-link.js';
import { submitInvitedResponse } from '../invitations/submit-invited-response.js';
import type { PublicSurvey } from '../surveys/read-public-survey.js';
import { submitSurveyResponse } from '../surveys/submit-survey-response.js';
import { chromeLanguageOf } from './survey-page-messages.js';

export type FormAnswersSent = { sent: true } | { sent: false; state: 'used' | 'unknown'; message?: string };

/**
 * The answers of the respondent page's form posted without a script, sent the way the page's
 * script would: with a personal link's token (its hidden field) the invited way, one response per
 * invitation counted for the contact's group; else through the public link, counted for the
 * group link's group when the page came from one. A token that is not ours, or one already used
 * for another submission, is answered with what the page should say, not thrown: the survey is
 * there, the link is not good. Other refusals are thrown as the use-cases throw them.
 */
export async function sendFormAnswers(options: {
  db: Kysely<DB>;
  secret: string;
  survey: PublicSurvey;
  /** The survey language the page was in: the invited refusals are worded in it when they can be. */
  language: string;
  client: { address: string };
  submission: { submission_id: string; locale: string; answers: Record<string, unknown>; form_token: string; website: string };
  /** A group link's ref, already checked against the survey's groups. */
  group: string | undefined;
  invitationToken: string | undefined;
}): Promise<FormAnswersSent> {
  const { db, secret, survey, submission, invitationToken } = options;
  if (invitationToken === undefined) {
    await submitSurveyResponse({ db, code: survey.code, channel: 'web', client: options.client, secret, submission: { ...submission, ...(options.group ? { group: options.group } : {}) } });
    return { sent: true };
  }
  // A used token still takes a retry of its own submission (a second press of Send), so only an unknown one is turned away first.
  if ((await checkInvitationLink({ db, secret, code: survey.code, token: invitationToken })) === 'unknown') return { sent: false, state: 'unknown' };
  try {
    const { submission_id, locale, answers } = submission;
    await submitInvitedResponse({ db, secret, submission: { invitation_token: invitationToken, submission_id, locale, answers }, language: chromeLanguageOf(options.language) });
    return { sent: true };
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') return { sent: false, state: 'used', message: error.message };
    throw error;
  }
}
