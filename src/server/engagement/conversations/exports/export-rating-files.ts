import type { Kysely } from 'kysely';
import { comparePolisIds, csvText } from '../../../../core/engagement/conversations/polis-export-writer.js';
import { rankIdeas, tallyIdeas } from '../../../../core/engagement/conversations/rate-results.js';
import type { DB } from '../../../db/schema.js';
import { loadExportData, millisOf } from './load-export-data.js';

export type RatingFile = 'ideas' | 'ratings';
export const IDEA_COLUMNS = ['idea-id', 'text', 'language', 'seed', 'status', 'mean', 'bayesian-average', 'ratings'] as const;
export const RATING_COLUMNS = ['idea-id', 'participant', 'rating', 'day'] as const;

/** A spreadsheet would run text starting with =, +, - or @ as a formula: a participant's idea never runs. */
const asText = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
/** Means and averages to three decimals: finer than a 1-5 scale can say. */
const rounded = (value: number) => Math.round(value * 1000) / 1000;

/**
 * One file of a rate-mode conversation's export: `ideas` (every idea, hidden and pending too, with
 * its mean rating, the Bayesian average the results rank by, and its number of ratings; best
 * first, unrated ones last) or `ratings` (one row per rating: idea, participant, stars, day).
 * Ids as in the vote-mode export: small integers, never a device or an email.
 */
export async function exportRatingFile(options: { db: Kysely<DB>; organizationId: string; conversationId: string; file: RatingFile }): Promise<{ prompt: unknown; csv: string }> {
  const data = await loadExportData({ ...options, mode: 'rate' });
  const { statementIds, participantIds } = data;
  const prompt = data.conversation.prompt;
  if (options.file === 'ratings') {
    const rows = data.votes
      .map((v) => [statementIds.get(v.statement_id)!, participantIds.get(v.participant_id)!, v.value, new Date(millisOf(v.voted_at)).toISOString().slice(0, 10)] as const)
      .sort((a, b) => (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0) || comparePolisIds(a[0], b[0]) || comparePolisIds(a[1], b[1]));
    return { prompt, csv: csvText([RATING_COLUMNS, ...rows]) };
  }
  // Every idea's ratings set the prior (hidden ones too), as the results rank them.
  const ranked = rankIdeas({ ideas: tallyIdeas(data.votes.map((v) => ({ statementId: v.statement_id, participantId: v.participant_id, value: v.value }))) });
  const rankOf = new Map(ranked.map((idea, at) => [idea.statementId, { at, idea }]));
  const statements = [...data.statements].sort((a, b) => (rankOf.get(a.id)?.at ?? Infinity) - (rankOf.get(b.id)?.at ?? Infinity) || comparePolisIds(statementIds.get(a.id)!, statementIds.get(b.id)!));
  const rows = statements.map((s) => {
    const idea = rankOf.get(s.id)?.idea;
    return [statementIds.get(s.id)!, asText(s.text), s.language, s.is_seed ? 'yes' : 'no', s.status, idea ? rounded(idea.mean) : null, idea ? rounded(idea.score) : null, idea?.ratings ?? 0];
  });
  return { prompt, csv: csvText([IDEA_COLUMNS, ...rows]) };
}
