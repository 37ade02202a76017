import type { Kysely } from 'kysely';
import { oncePerStatement } from '../../../core/engagement/conversations/conversation-citations.js';
import type { SummaryConversation } from '../../../core/engagement/documents/summary-conversations.js';
import { textIn } from '../../../core/engagement/likert-scales.js';
import { protectCount } from '../../../core/engagement/protect-counts.js';
import type { DB } from '../../db/schema.js';
import { readConversationFindings } from '../conversations/read-conversation-findings.js';
import type { ConversationRow } from '../conversations/conversations.repo.js';
import { summaryConversationsRepo } from './summary-conversations.repo.js';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/**
 * One conversation as the summary prints it, read through the same findings plan citations offer
 * (bridging only where every group leans to agree, nothing about fewer people than the threshold):
 * participation, opinion groups with their common ground and consensus, or the top ideas, and the
 * leaders' replies, in the reader's language where the conversation has it.
 */
export async function loadSummaryConversation(options: { db: Kysely<DB>; organizationId: string; conversation: ConversationRow; language: string; threshold: number; groupName: string | null }): Promise<SummaryConversation> {
  const { db, organizationId, conversation, threshold } = options;
  const fallbacks = [...(conversation.languages as string[]), 'en'];
  const text = (value: unknown) => (value ? textIn(value as Record<string, string>, options.language, fallbacks) : null);
  const protect = (count: number) => protectCount(count, threshold);
  const [found, replies] = await Promise.all([
    Number(conversation.vote_count) > 0 ? readConversationFindings({ db, organizationId, conversationId: conversation.id, mode: conversation.mode, threshold }) : Promise.resolve({ findings: [], opinion: null }),
    summaryConversationsRepo.listReplies(db, conversation.id),
  ]);
  return {
    prompt: text(conversation.prompt) ?? '',
    mode: conversation.mode,
    status: conversation.status,
    openedAt: iso(conversation.opened_at),
    closedAt: iso(conversation.closed_at),
    closesAt: iso(conversation.closes_at),
    groupName: options.groupName,
    threshold,
    participants: protect(Number(conversation.participant_count)),
    statements: Number(conversation.accepted_count),
    responses: Number(conversation.vote_count),
    opinionGroups: conversation.mode === 'vote' ? { groups: found.opinion?.groups.length ?? 0, clustered: protect(found.opinion?.clustered ?? 0) } : null,
    // The report names the statements every group accepts and what most people shared; representative ones stay on the screen.
    findings: oncePerStatement(found.findings.filter((finding) => finding.citation.kind !== 'representative')).map((finding) => finding.citation),
    replies: replies.map((row) => ({ statement: row.text, reply: text(row.reply), whatWeDid: text(row.what_we_did) })),
  };
}
