import { conversationMissingTranslations } from '../../../core/engagement/conversations/conversation-texts.js';
import type { DemographicQuestion } from '../../../core/engagement/conversations/conversation-format.js';
import { effectiveStatus } from '../surveys/survey-life.js';
import type { ConversationRow } from './conversations.repo.js';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

/** The participant page's address: /c/<code>, beside surveys' /s/<code>. */
export const conversationUrlOf = (publicUrl: string, code: string | null) => (code ? `${publicUrl}/c/${code}` : null);

/** The conversation's texts as stored (jsonb read back as JSON). */
export function textsOf(row: Pick<ConversationRow, 'prompt' | 'languages' | 'demographics'>) {
  return { prompt: row.prompt as Record<string, string>, languages: row.languages as string[], demographics: row.demographics as DemographicQuestion[] };
}

/** A conversation in the district's list: what it asks, where it stands, how many took part. */
export function presentConversationSummary(row: ConversationRow, publicUrl: string, now = new Date()) {
  const texts = textsOf(row);
  return {
    id: row.id,
    mode: row.mode,
    prompt: texts.prompt,
    languages: texts.languages,
    moderation: row.moderation,
    status: effectiveStatus(row, now),
    public_code: row.public_code,
    public_url: conversationUrlOf(publicUrl, row.public_code),
    opens_at: iso(row.opens_at),
    closes_at: iso(row.closes_at),
    cycle_id: row.cycle_id,
    engagement_entry_id: row.engagement_entry_id,
    verify_email: row.verify_email,
    counts: {
      statements: Number(row.accepted_count ?? 0),
      pending: Number(row.pending_count ?? 0),
      hidden: Number(row.hidden_count ?? 0),
      participants: Number(row.participant_count ?? 0),
      votes: Number(row.vote_count ?? 0),
    },
    created_at: iso(row.created_at)!,
    updated_at: iso(row.updated_at)!,
  };
}

/** One conversation whole: its demographic questions, dates, and the translations it still lacks. */
export function presentConversation(row: ConversationRow, publicUrl: string, now = new Date()) {
  const texts = textsOf(row);
  return {
    ...presentConversationSummary(row, publicUrl, now),
    demographics: texts.demographics,
    opened_at: iso(row.opened_at),
    closed_at: iso(row.closed_at),
    missing_translations: conversationMissingTranslations(texts).map(({ path, language, source }) => ({ path, language, source })),
    version: row.version,
  };
}

/** What an audit row keeps of a conversation: its settings and status, not its counts (they move with every vote). */
export function auditedConversation(row: ConversationRow, now = new Date()) {
  const texts = textsOf(row);
  return {
    mode: row.mode,
    ...texts,
    moderation: row.moderation,
    status: effectiveStatus(row, now),
    public_code: row.public_code,
    opens_at: iso(row.opens_at),
    closes_at: iso(row.closes_at),
    cycle_id: row.cycle_id,
    engagement_entry_id: row.engagement_entry_id,
    verify_email: row.verify_email,
    version: row.version,
  };
}
