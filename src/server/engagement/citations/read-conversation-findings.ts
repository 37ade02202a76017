import type { Kysely } from 'kysely';
import { statementAgreement, type ConversationCitation } from '../../../core/engagement/conversations/conversation-citations.js';
import { rankIdeas, tallyIdeas } from '../../../core/engagement/conversations/rate-results.js';
import type { DB } from '../../db/schema.js';
import type { ConversationMode } from '../conversation-tables.js';
import { conversationParticipationRepo } from '../conversations/conversation-participation.repo.js';
import { readOpinionGroups } from '../conversations/read-opinion-groups.js';

const BRIDGING_LISTED = 5;
const REPRESENTATIVE_PER_GROUP = 3;
const TOP_IDEAS_LISTED = 5;

export type ConversationFinding = { statementId: string; citation: ConversationCitation };
type Scope = { db: Kysely<DB>; organizationId: string; conversationId: string; threshold: number };

/**
 * What a conversation found that can be cited or reported, strongest first, each statement once
 * under the strongest thing it shows: when people vote, the statements that bridge the opinion
 * groups (only those every group leans to agree with), the consensus, and each group's
 * representative statements; when they rate, the top ideas by Bayesian average. A finding about
 * fewer people than `threshold` is left out: what the plan or the summary prints may be public.
 * `groups` and `clustered` say how many opinion groups formed and how many people they hold.
 */
export async function readConversationFindings(options: Scope & { mode: ConversationMode }): Promise<{ findings: ConversationFinding[]; groups: number; clustered: number }> {
  if (options.mode === 'rate') return { findings: await rateFindings(options), groups: 0, clustered: 0 };
  return voteFindings(options);
}

async function voteFindings(scope: Scope) {
  const [groups, votes] = await Promise.all([readOpinionGroups(scope), conversationParticipationRepo.listVotes(scope.db, scope.conversationId)]);
  const agreement = statementAgreement({ votes: votes.map((v) => ({ statement: v.statement_id, value: v.value })) });
  const found = new Map<string, ConversationCitation>();
  const offer = (statementId: string, citation: ConversationCitation) => {
    if (!found.has(statementId) && citation.text) found.set(statementId, citation);
  };
  for (const bridging of groups.bridging.slice(0, BRIDGING_LISTED)) {
    // The opinion groups list only common ground (every group leans to agree); the threshold is this report's.
    const shown = agreement.get(bridging.statement_id);
    if (!shown || shown.seen < scope.threshold) continue;
    offer(bridging.statement_id, { kind: 'bridging', text: bridging.text, agree: shown.agree, seen: shown.seen, groups: groups.groups.length });
  }
  for (const consensus of groups.consensus) {
    if (consensus.seen >= scope.threshold) offer(consensus.statement_id, { kind: 'consensus', text: consensus.text, direction: consensus.direction, count: consensus.count, seen: consensus.seen });
  }
  for (const group of groups.groups) {
    const listed = group.representative.filter((r) => r.is_significant && r.seen >= scope.threshold).slice(0, REPRESENTATIVE_PER_GROUP);
    for (const r of listed) offer(r.statement_id, { kind: 'representative', text: r.text, direction: r.direction, count: r.count, seen: r.seen, group: group.id });
  }
  return { findings: [...found].map(([statementId, citation]): ConversationFinding => ({ statementId, citation })), groups: groups.groups.length, clustered: groups.clustered };
}

async function rateFindings(scope: Scope): Promise<ConversationFinding[]> {
  const [votes, statements] = await Promise.all([conversationParticipationRepo.listVotes(scope.db, scope.conversationId), conversationParticipationRepo.listStatementRefs(scope.db, scope.conversationId)]);
  const shown = new Map(statements.filter((s) => s.status === 'accepted').map((s) => [s.id, s.text]));
  // Every idea's ratings set the prior (hidden ones too); only shown ideas rated by enough people are offered.
  const ranked = rankIdeas({ ideas: tallyIdeas(votes.map((v) => ({ statementId: v.statement_id, participantId: v.participant, value: v.value }))) });
  return ranked
    .filter((idea) => shown.has(idea.statementId) && idea.ratings >= scope.threshold)
    .slice(0, TOP_IDEAS_LISTED)
    .map((idea) => ({ statementId: idea.statementId, citation: { kind: 'top_idea', text: shown.get(idea.statementId)!, mean: idea.mean, ratings: idea.ratings } }));
}
