import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { checkAnswers } from '../../../core/engagement/check-answers.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput } from '../../errors.js';
import { chromeLanguageOf } from '../respondent/survey-page-messages.js';
import { findAcceptingSurvey } from '../surveys/read-public-survey.js';
import { surveyResponsesRepo } from '../surveys/survey-responses.repo.js';
import { problemsError } from '../surveys/survey-problems-error.js';
import { invitationTokenHash } from './invitation-token.js';
import { invitationWords } from './invitation-words.js';
import { surveyInvitationsRepo } from './survey-invitations.repo.js';

/**
 * Takes the answers sent with a personal link: one response per invitation, channel 'link',
 * stored in the transaction that marks the invitation answered. A retry of the same submission
 * gets the same response id (created: false); a different submission on a used invitation is
 * refused (409) in plain words. Not held to the per-address limit: a school's shared connection
 * must not block the families it invited, and the token itself is the proof of a person.
 *
 * For an anonymous survey the invitation keeps only "answered": not which response, not when, and
 * the response keeps no name or address, only the stakeholder group the contact was invited from. For confidential and identified surveys the response
 * carries the invitation's name and address, and the invitation its response.
 */
export async function submitInvitedResponse(options: {
  db: Kysely<DB>;
  secret: string;
  submission: { invitation_token: string; submission_id: string; locale: string; answers: unknown };
  /** The reader's language, for the words of a refusal when the survey's language is neither English nor Spanish. */
  language?: Locale;
  now?: Date;
}): Promise<{ id: string; created: boolean }> {
  const { db, submission } = options;
  // The survey language the person answers in, when the refusal can be said in it; else the reader's.
  const language: Locale = isChrome(submission.locale) ? chromeLanguageOf(submission.locale) : (options.language ?? 'en');
  const words = invitationWords[language];
  const tokenHash = invitationTokenHash(options.secret, submission.invitation_token);
  const found = await surveyInvitationsRepo.findByTokenHash(db, tokenHash);
  if (!found?.public_code) throw new AppError('not_found', words.unknown);
  const survey = await findAcceptingSurvey({ db, code: found.public_code, language, now: options.now });

  if (!survey.document.languages.includes(submission.locale)) {
    throw invalidInput('/locale', `must be one of the survey's languages: ${survey.document.languages.join(', ')}`, { code: 'invalid_choice' });
  }
  const checked = checkAnswers(survey.document, submission.answers);
  if (!checked.ok) throw problemsError(checked.problems);
  const isAnonymous = survey.document.mode === 'anonymous';

  return inTransaction(db, async (trx) => {
    // Locked: of two sends on one invitation, the second waits and then sees the first's response.
    const invitation = (await surveyInvitationsRepo.findByTokenHash(trx, tokenHash, { lock: true }))!;
    if (invitation.has_responded) {
      // A retry is the same submission: for an anonymous survey, any response with its id (the
      // invitation does not know which is its own); otherwise the invitation's own response.
      const seen = await surveyInvitationsRepo.findResponseId(trx, survey.surveyId, submission.submission_id, isAnonymous ? undefined : (invitation.response_id ?? undefined));
      if (seen) return { id: seen, created: false };
      throw new AppError('conflict', words.used);
    }
    const stored = await surveyResponsesRepo.insertOnce(trx, {
      surveyId: survey.surveyId,
      organizationId: survey.organizationId,
      submissionId: submission.submission_id,
      locale: submission.locale,
      answers: checked.answers,
      channel: 'link',
      respondent: isAnonymous ? null : { name: invitation.name || null, email: invitation.email },
      enteredBy: null,
      isDayOnly: isAnonymous,
      // The contact's stakeholder group, in every mode: a group is not a person, and results break down by it.
      stakeholderGroupId: invitation.stakeholder_group_id,
    });
    // The submission id was already a response sent without this invitation: it is not this invitation's to claim.
    if (!stored.created) throw new AppError('conflict', words.submissionTaken);
    await surveyInvitationsRepo.markResponded(trx, invitation.id, isAnonymous ? null : stored.id);
    return stored;
  });
}

const isChrome = (locale: string) => ['en', 'es'].includes(locale.split('-')[0]!);
