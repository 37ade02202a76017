import type { Kysely } from 'kysely';
import type { ConversationCitation } from '../../../core/engagement/conversations/conversation-citations.js';
import { rankIdeas, tallyIdeas } from '../../../core/engagement/conversations/rate-results.js';
import { mayShowPeople } from '../../../core/engagement/protect-counts.js';
import type { DB } from '../../db/schema.js';
import type { ConversationMode } from '../conversation-tables.js';
import { conversationParticipationRepo } from './conversation-participation.repo.js';
import { conversationStatementsRepo } from './conversation-statements.repo.js';
import { readOpinionGroups } from './read-opinion-groups.js';

const BRIDGING_LISTED = 5;
const REPRESENTATIVE_PER_GROUP = 3;
const TOP_IDEAS_LISTED = 5;

export type ConversationFinding = { statementId: string; citation: ConversationCitation };
type Scope = { db: Kysely<DB>; organizationId: string; conversationId: string; threshold: number };
type OpinionGroups = Awaited<ReturnType<typeof readOpinionGroups>>;

/**
 * What a conversation found, for anything that leaves the planning team (a plan's evidence, the
 * engagement summary, the published results page), strongest first: when people vote, the common
 * ground of the opinion groups, the consensus, and each group's representative statements (a
 * statement may stand in several; `oncePerStatement` keeps its strongest); when they rate, the top
 * ideas by Bayesian average. Something said about fewer people than `threshold` is left out, by the one
 * shared rule (protect-counts.ts `mayShowPeople`). Vote mode also gives the opinion groups read,
 * for the groups' sizes.
 */
export async function readConversationFindings(options: Scope & { mode: ConversationMode }): Promise<{ findings: ConversationFinding[]; opinion: OpinionGroups | null }> {
  if (options.mode === 'rate') return { findings: await rateFindings(options), opinion: null };
  return voteFindings(options);
}

async function voteFindings(scope: Scope) {
  const { threshold } = scope;
  const [opinion, tallies] = await Promise.all([readOpinionGroups(scope), conversationStatementsRepo.listWithTallies(scope.db, scope.conversationId, ['accepted'])]);
  // Of everyone who voted on a statement (clustered or not), as the team's statement list counts them.
  const everyone = new Map(tallies.map((row) => [row.id, { agree: Number(row.agree ?? 0), seen: Number(row.votes ?? 0) }]));
  const findings: ConversationFinding[] = [];
  const offer = (statementId: string, citation: ConversationCitation) => {
    if (citation.text) findings.push({ statementId, citation });
  };
  // The opinion groups list only common ground (every group leans to agree: bridgingStatements).
  for (const bridging of opinion.bridging.slice(0, BRIDGING_LISTED)) {
    const votes = everyone.get(bridging.statement_id);
    if (votes && mayShowPeople(votes.seen, threshold)) offer(bridging.statement_id, { kind: 'bridging', text: bridging.text, agree: votes.agree, seen: votes.seen, groups: opinion.groups.length });
  }
  for (const consensus of opinion.consensus) {
    if (mayShowPeople(consensus.seen, threshold)) offer(consensus.statement_id, { kind: 'consensus', text: consensus.text, direction: consensus.direction, count: consensus.count, seen: consensus.seen });
  }
  for (const group of opinion.groups) {
    const listed = group.representative.filter((r) => r.is_significant && mayShowPeople(r.seen, threshold)).slice(0, REPRESENTATIVE_PER_GROUP);
    for (const r of listed) offer(r.statement_id, { kind: 'representative', text: r.text, direction: r.direction, count: r.count, seen: r.seen, group: group.id });
  }
  return { findings, opinion };
}

async function rateFindings(scope: Scope): Promise<ConversationFinding[]> {
  const [votes, statements] = await Promise.all([conversationParticipationRepo.listVotes(scope.db, scope.conversationId), conversationParticipationRepo.listStatementRefs(scope.db, scope.conversationId)]);
  const shown = new Map(statements.filter((s) => s.status === 'accepted').map((s) => [s.id, s.text]));
  // Every idea's ratings set the prior (hidden ones too); only shown ideas rated by enough people are offered.
  const ranked = rankIdeas({ ideas: tallyIdeas(votes.map((v) => ({ statementId: v.statement_id, participantId: v.participant, value: v.value }))) });
  return ranked
    .filter((idea) => shown.has(idea.statementId) && mayShowPeople(idea.ratings, scope.threshold))
    .slice(0, TOP_IDEAS_LISTED)
    .map((idea) => ({ statementId: idea.statementId, citation: { kind: 'top_idea', text: shown.get(idea.statementId)!, mean: idea.mean, ratings: idea.ratings } }));
}
