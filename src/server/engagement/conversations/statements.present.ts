import { isModerationReason } from '../../../core/engagement/moderation/moderation-policy.js';
import type { conversationStatementsRepo } from './conversation-statements.repo.js';

type StatementRow = Awaited<ReturnType<typeof conversationStatementsRepo.listWithTallies>>[number];
type Texts = Record<string, string>;

/** A statement as the team sees it: its words, status and why, its tallies and its reply. */
export function presentTeamStatement(row: StatementRow, mode: 'rate' | 'vote') {
  const votes = Number(row.votes ?? 0);
  return {
    id: row.id,
    external_id: row.external_id,
    text: row.text,
    language: row.language,
    translations: (row.translations ?? {}) as Texts,
    is_seed: row.is_seed,
    status: row.status,
    moderation_reason: isModerationReason(row.moderation_reason) ? row.moderation_reason : null,
    created_at: new Date(row.created_at).toISOString(),
    votes,
    agree: mode === 'vote' ? Number(row.agree ?? 0) : 0,
    disagree: mode === 'vote' ? Number(row.disagree ?? 0) : 0,
    pass: mode === 'vote' ? Number(row.pass ?? 0) : 0,
    mean_rating: mode === 'rate' && votes > 0 && row.mean !== null ? Math.round(Number(row.mean) * 100) / 100 : null,
    version: row.version,
    reply: row.reply_version === null ? null : { reply: (row.reply ?? null) as Texts | null, what_we_did: (row.what_we_did ?? null) as Texts | null, version: row.reply_version },
  };
}
