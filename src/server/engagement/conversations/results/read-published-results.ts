import type { PageTexts } from '../../../../core/engagement/page-texts.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { protectCount, protectPeopleRow } from '../../../../core/engagement/protect-counts.js';
import type { Count } from '../../../../core/engagement/survey-results-types.js';
import { notFound } from '../../../errors.js';
import { readEngagementSettings } from '../../settings/read-engagement-settings.js';
import { normalizePublicCode } from '../../surveys/survey-life.js';
import { readConversationFindings } from '../read-conversation-findings.js';
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
  /** Rate mode: the best ideas, each rated by at least the threshold (read-conversation-findings). */
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
 * then, and for an unknown code): participation, then what the conversation found as a plan cites
 * it (read-conversation-findings: rate mode's top ideas; vote mode's common ground, consensus and
 * each group's representative statements, each statement once, nothing about fewer people than
 * the threshold) and the opinion groups' sizes, a group smaller than the threshold not shown apart.
 * Only accepted statements are listed; the district's reply and what it did go beside each.
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
    participants: protectCount(participants, threshold),
    statements: statements.size,
    votes: sum(days.votes),
    topIdeas: [],
    consensus: [],
    bridging: [],
    groups: [],
    inSmallGroups: 0,
  };

  // The same findings a plan cites and the summary prints, nothing about fewer people than the threshold.
  const { findings, opinion } = await readConversationFindings({ db, organizationId: conversation.organization_id, conversationId, mode: conversation.mode, threshold });
  const percent = (count: number, seen: number) => (seen > 0 ? Math.round((100 * count) / seen) : 0);
  const representative = new Map<number, PublishedResults['groups'][number]['representative']>();
  for (const { statementId, citation } of findings) {
    const statement = statements.get(statementId);
    if (!statement) continue;
    if (citation.kind === 'top_idea') results.topIdeas.push({ statement, ratings: citation.ratings, mean: Math.round(citation.mean * 10) / 10 });
    else if (citation.kind === 'bridging') results.bridging.push(statement);
    else if (citation.kind === 'consensus') results.consensus.push({ statement, direction: citation.direction, percent: percent(citation.count, citation.seen) });
    else representative.set(citation.group, [...(representative.get(citation.group) ?? []), { statement, direction: citation.direction, percent: percent(citation.count, citation.seen) }]);
  }
  if (!opinion) return results;

  const sizes = opinion.groups.map((group) => group.participants.length);
  const row = protectPeopleRow({ people: sizes, total: opinion.clustered, threshold });
  results.groups = opinion.groups.filter((_, index) => !row.groups[index] && !row.total).map((group) => ({ size: group.participants.length, representative: representative.get(group.id) ?? [] }));
  const hiddenPeople = sizes.reduce((total, size, index) => (row.groups[index] || row.total ? total + size : total), 0);
  results.inSmallGroups = protectCount(hiddenPeople, threshold);
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
