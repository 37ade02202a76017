import type { PageTexts } from '../../../../core/engagement/page-texts.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { rankIdeas, tallyIdeas, TOP_IDEAS } from '../../../../core/engagement/conversations/rate-results.js';
import { countOrSuppressed, protectPeopleRow } from '../../../../core/engagement/protect-counts.js';
import type { Count } from '../../../../core/engagement/survey-results-types.js';
import { notFound } from '../../../errors.js';
import { readEngagementSettings } from '../../settings/read-engagement-settings.js';
import { normalizePublicCode } from '../../surveys/survey-life.js';
import { readOpinionGroups } from '../read-opinion-groups.js';
import { conversationResultsRepo, type ResultsStatementRow } from './conversation-results.repo.js';

/** A statement as the public results show it: its words (and the team's translations) and the district's reply. */
export interface PublishedStatement {
  id: string;
  text: string;
  language: string;
  translations: Record<string, string>;
  is_seed: boolean;
  reply: Record<string, string> | null;
  what_we_did: Record<string, string> | null;
}

export interface PublishedResults {
  code: string;
  organizationName: string;
  /** The district's translations of the page's words (engagement settings), for languages beyond English and Spanish. */
  pageTexts: PageTexts;
  mode: 'rate' | 'vote';
  prompt: Record<string, string>;
  languages: string[];
  /** The district's respondent threshold: what "too few" means on the page. */
  threshold: number;
  participants: Count;
  statements: number;
  votes: number;
  /** Rate mode: the best ideas, each rated by at least the threshold. */
  topIdeas: { statement: PublishedStatement; ratings: number; mean: number }[];
  /** Vote mode: what most agree (or disagree) with, across the groups; and what every group leans to agree with. */
  consensus: { statement: PublishedStatement; direction: 'agree' | 'disagree'; percent: number }[];
  bridging: PublishedStatement[];
  /** Vote mode: opinion groups of at least the threshold of people, with what sets each apart. */
  groups: { size: number; representative: { statement: PublishedStatement; direction: 'agree' | 'disagree'; percent: number }[] }[];
  /** People placed in groups too small to show separately, counted together (hidden when fewer than the threshold). */
  inSmallGroups: Count;
}

/**
 * What the public results page of a conversation shows, once the district published it (404 until
 * then, and for an unknown code): participation, in rate mode the top ideas by Bayesian average
 * (rated by at least the threshold, so no one person's rating stands alone), in vote mode the
 * consensus and bridging statements and the opinion groups (read-opinion-groups), a group smaller
 * than the threshold not shown apart. Only accepted statements are listed; the district's reply
 * and what it did go beside each.
 */
export async function readPublishedResults(options: { db: Kysely<DB>; code: string }): Promise<PublishedResults> {
  const { db } = options;
  const code = normalizePublicCode(options.code);
  const conversation = code ? await conversationResultsRepo.findPublishedByCode(db, code) : undefined;
  if (!code || !conversation) throw notFound('Conversation results');
  const conversationId = conversation.id;
  const [settings, days, statementRows] = await Promise.all([
    readEngagementSettings({ db, organizationId: conversation.organization_id }),
    conversationResultsRepo.countsByDay(db, conversationId),
    conversationResultsRepo.listAcceptedStatements(db, conversationId),
  ]);
  const threshold = settings.respondent_threshold;
  const statements = new Map(statementRows.map((row) => [row.id, published(row)]));
  const sum = (list: { count: number }[]) => list.reduce((total, row) => total + row.count, 0);
  const participants = sum(days.participants);
  const results: PublishedResults = {
    code,
    organizationName: conversation.organization_name,
    pageTexts: settings.page_texts,
    mode: conversation.mode,
    prompt: conversation.prompt as Record<string, string>,
    languages: conversation.languages as string[],
    threshold,
    participants: countOrSuppressed(participants, protectPeopleRow({ people: [], total: participants, threshold }).total),
    statements: statements.size,
    votes: sum(days.votes),
    topIdeas: [],
    consensus: [],
    bridging: [],
    groups: [],
    inSmallGroups: 0,
  };

  if (conversation.mode === 'rate') {
    const ratings = await conversationResultsRepo.listRatings(db, conversationId);
    results.topIdeas = rankIdeas({ ideas: tallyIdeas(ratings) })
      .filter((idea) => statements.has(idea.statementId) && idea.ratings >= threshold)
      .slice(0, TOP_IDEAS)
      .map((idea) => ({ statement: statements.get(idea.statementId)!, ratings: idea.ratings, mean: Math.round(idea.mean * 10) / 10 }));
    return results;
  }

  const opinion = await readOpinionGroups({ db, organizationId: conversation.organization_id, conversationId });
  const known = <T extends { statement_id: string }>(list: readonly T[]) => list.filter((item) => statements.has(item.statement_id));
  const percent = (count: number, seen: number) => (seen > 0 ? Math.round((100 * count) / seen) : 0);
  results.consensus = known(opinion.consensus).map((c) => ({ statement: statements.get(c.statement_id)!, direction: c.direction, percent: percent(c.count, c.seen) }));
  // Common ground only, as every screen reads it (every group leans to agree: read-opinion-groups).
  results.bridging = known(opinion.bridging).map((b) => statements.get(b.statement_id)!);
  const sizes = opinion.groups.map((group) => group.participants.length);
  const row = protectPeopleRow({ people: sizes, total: opinion.clustered, threshold });
  results.groups = opinion.groups
    .filter((_, index) => !row.groups[index] && !row.total)
    .map((group) => ({ size: group.participants.length, representative: known(group.representative).map((r) => ({ statement: statements.get(r.statement_id)!, direction: r.direction, percent: percent(r.count, r.seen) })) }));
  const hiddenPeople = sizes.reduce((total, size, index) => (row.groups[index] || row.total ? total + size : total), 0);
  results.inSmallGroups = countOrSuppressed(hiddenPeople, hiddenPeople > 0 && hiddenPeople < threshold ? 'small_group' : null);
  return results;
}

function published(row: ResultsStatementRow): PublishedStatement {
  return {
    id: row.id,
    text: row.text,
    language: row.language,
    translations: (row.translations ?? {}) as Record<string, string>,
    is_seed: row.is_seed,
    reply: (row.reply ?? null) as Record<string, string> | null,
    what_we_did: (row.what_we_did ?? null) as Record<string, string> | null,
  };
}
