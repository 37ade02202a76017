import { fieldIssueMessage, type ApiError } from '../../app/api';
import { toLocalInput } from '../share/survey-schedule-form';
import type { ConversationDetail, ConversationMode, ModerationMode } from './conversations-api';

/* The conversation form's values, from and to what the API reads and sends. */

/** A conversation's settings as the form holds them: dates as datetime-local text, ids as '' for none. */
export interface ConversationDraft {
  mode: ConversationMode;
  moderation: ModerationMode;
  languages: string[];
  prompt: Record<string, string>;
  opensAt: string;
  closesAt: string;
  cycleId: string;
  entryId: string;
  /** Each participant confirms an email by a mailed code (one person, one participant). */
  verifyEmail: boolean;
}

export const draftOf = (c: ConversationDetail): ConversationDraft => ({
  mode: c.mode,
  moderation: c.moderation,
  languages: c.languages,
  prompt: { ...c.prompt },
  opensAt: toLocalInput(c.opens_at),
  closesAt: toLocalInput(c.closes_at),
  cycleId: c.cycle_id ?? '',
  entryId: c.engagement_entry_id ?? '',
  verifyEmail: c.verify_email,
});

const fromLocalInput = (value: string): string | null => (value ? new Date(value).toISOString() : null);

/** The body the API takes: only the prompt's texts of the conversation's languages, empty ones left out. */
export function bodyOf(draft: ConversationDraft) {
  const prompt = Object.fromEntries(draft.languages.map((code) => [code, (draft.prompt[code] ?? '').trim()]).filter(([, text]) => text));
  return {
    mode: draft.mode,
    moderation: draft.moderation,
    languages: draft.languages,
    prompt,
    opens_at: fromLocalInput(draft.opensAt),
    closes_at: fromLocalInput(draft.closesAt),
    cycle_id: draft.cycleId || null,
    engagement_entry_id: draft.entryId || null,
    verify_email: draft.verifyEmail,
  };
}

/** A refusal's messages by JSON pointer without its slash ("prompt/es") and by first field ("prompt"), the first message of each. */
export function errorsOf(failure: ApiError | null): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const detail of failure?.details ?? []) {
    const pointer = detail.path.replace(/^\//, '');
    for (const key of [pointer, pointer.split('/')[0] ?? '']) if (key && !(key in errors)) errors[key] = fieldIssueMessage(detail);
  }
  return errors;
}
