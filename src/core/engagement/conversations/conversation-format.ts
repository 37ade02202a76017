import { z } from 'zod';
import { storable } from '../../platform/storable-text.js';
import { languageCode, localizedText, questionSchema } from '../survey-format.js';

/**
 * What a conversation is made of, shared by the server's schemas and (later) the web's forms. Its
 * texts are maps of language to text like survey/v1's, and its demographic questions are survey/v1
 * questions, so a district writes, translates and reads them the same way in both tools.
 */
export const conversationModes = ['rate', 'vote'] as const;
export type ConversationMode = (typeof conversationModes)[number];

export const moderationModes = ['pre', 'post'] as const;
export type ModerationMode = (typeof moderationModes)[number];

export const statementStatuses = ['pending', 'accepted', 'hidden'] as const;
export type StatementStatus = (typeof statementStatuses)[number];

/** ThoughtExchange's and Polis's length: one idea, read on a phone at a glance. */
export const STATEMENT_MAX_LENGTH = 300;

export const promptText = localizedText(1000);
export const conversationLanguages = z.array(languageCode).min(1).max(20);

/** A statement's text as a participant or the team writes it. */
export const statementText = storable(z.string().trim().min(1).max(STATEMENT_MAX_LENGTH, `must be at most ${STATEMENT_MAX_LENGTH} characters`));

/** A team translation of a statement, by language. */
export const statementTranslations = z.record(languageCode, storable(z.string().trim().min(1).max(STATEMENT_MAX_LENGTH * 2)));

/**
 * A demographic question of a conversation: a survey/v1 single or multi choice question marked
 * `demographic` (true, or one of the district's kinds such as "role" or "school").
 */
export const demographicQuestion = questionSchema.superRefine((question, ctx) => {
  if (question.type !== 'single' && question.type !== 'multi') {
    ctx.addIssue({ code: 'custom', path: ['type'], message: 'must be "single" or "multi": a conversation asks only choice questions about who takes part', params: { issue: 'not_for_question_type' } });
  }
  if (!question.demographic) ctx.addIssue({ code: 'custom', path: ['demographic'], message: 'must be true or a demographic kind: a conversation asks only who takes part', params: { issue: 'required' } });
});
export type DemographicQuestion = z.infer<typeof demographicQuestion>;
export const demographicQuestions = z.array(demographicQuestion).max(20);

/** Agree, disagree and pass as Polis's public exports code them (its internal matrix flips the signs). */
export const VOTE_AGREE = 1;
export const VOTE_DISAGREE = -1;
export const VOTE_PASS = 0;
export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** Whether `value` is a vote (vote mode: -1, 0, 1) or a rating (rate mode: 1 to 5) of the conversation's mode. */
export function isValidVoteValue(mode: ConversationMode, value: number): boolean {
  if (!Number.isInteger(value)) return false;
  return mode === 'vote' ? value === VOTE_AGREE || value === VOTE_DISAGREE || value === VOTE_PASS : value >= RATING_MIN && value <= RATING_MAX;
}

/** What a vote of the mode may be, in words for an error message. */
export const voteValueWords = (mode: ConversationMode) => (mode === 'vote' ? 'must be 1 (agree), -1 (disagree) or 0 (pass)' : 'must be a rating from 1 to 5');
