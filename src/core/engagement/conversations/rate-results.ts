import { countOrSuppressed, mayShowPeople, protectPeopleRow } from '../protect-counts.js';
import type { Count } from '../survey-results-types.js';

/**
 * Results of a rate-mode conversation (ratings 1-5): which ideas people rate highest, overall and
 * by demographic group, and which ideas groups rate differently.
 *
 * Ideas are ranked by a Bayesian average rather than their plain mean: an idea's score is its
 * ratings pulled towards the conversation's mean rating as if it had `weight` more ratings of that
 * mean. With few ratings the score stays near the conversation's mean; with many it nears the
 * idea's own mean. So two 5-star ratings do not beat forty ratings averaging 4.5, which a plain
 * mean would let happen, and a late idea is not buried for having few ratings either. The weight
 * is the median number of ratings per rated idea: a "typical" idea's ratings count as much as the
 * prior (IMDb's top-250 formula and ThoughtExchange's star ranking work the same way).
 */

/** One idea's ratings: how many, and their sum. */
export interface IdeaTally {
  statementId: string;
  ratings: number;
  sum: number;
}

export interface RankedIdea extends IdeaTally {
  /** The plain mean of its ratings. */
  mean: number;
  /** The Bayesian average it is ranked by. */
  score: number;
}

/** What every idea's ratings are pulled towards, and by how many ratings' worth. */
export interface RatingPrior {
  mean: number;
  weight: number;
}

/** The conversation's mean rating and the median number of ratings per rated idea (at least 1). */
export function ratingPrior(ideas: readonly IdeaTally[]): RatingPrior {
  const rated = ideas.filter((idea) => idea.ratings > 0);
  const ratings = rated.reduce((sum, idea) => sum + idea.ratings, 0);
  const total = rated.reduce((sum, idea) => sum + idea.sum, 0);
  return { mean: ratings > 0 ? total / ratings : 0, weight: Math.max(1, median(rated.map((idea) => idea.ratings))) };
}

/**
 * Ideas rated at least once, best first by Bayesian average (see above), ties to the idea with
 * more ratings, then by id so the order is stable. `prior` defaults to ratingPrior of the ideas
 * given: pass every idea of the conversation (hidden ones too, whose ratings still say what a
 * typical rating is) and filter what may be listed afterwards.
 */
export function rankIdeas(options: { ideas: readonly IdeaTally[]; prior?: RatingPrior }): RankedIdea[] {
  const prior = options.prior ?? ratingPrior(options.ideas);
  return options.ideas
    .filter((idea) => idea.ratings > 0)
    .map((idea) => ({ ...idea, mean: idea.sum / idea.ratings, score: (prior.weight * prior.mean + idea.sum) / (prior.weight + idea.ratings) }))
    .sort((a, b) => b.score - a.score || b.ratings - a.ratings || (a.statementId < b.statementId ? -1 : a.statementId > b.statementId ? 1 : 0));
}

/** One rating as stored: a participant's latest of one statement. */
export interface Rating {
  statementId: string;
  participantId: string;
  value: number;
}

/** Ideas a list of ratings holds, with their counts and sums, in first-seen order. */
export function tallyIdeas(ratings: readonly Rating[]): IdeaTally[] {
  const byIdea = new Map<string, IdeaTally>();
  for (const rating of ratings) {
    const idea = byIdea.get(rating.statementId) ?? { statementId: rating.statementId, ratings: 0, sum: 0 };
    idea.ratings++;
    idea.sum += rating.value;
    byIdea.set(rating.statementId, idea);
  }
  return [...byIdea.values()];
}

export interface IdeaResult {
  statement_id: string;
  ratings: number;
  mean: number;
  score: number;
}

export interface GroupTopIdeas {
  key: string;
  /** People of the group who rated anything; hidden by protectPeopleRow. */
  raters: Count;
  /** Null when the group is hidden; else its best ideas among those rated by at least `threshold` of its people. */
  top_ideas: IdeaResult[] | null;
}

export interface GroupMean {
  key: string;
  ratings: number;
  mean: number;
}

export interface RatedDifferently {
  statement_id: string;
  /** Highest group mean less lowest, over the groups shown. */
  spread: number;
  groups: GroupMean[];
}

export interface RateResults {
  raters: Count;
  top_ideas: IdeaResult[];
  /** Present with a breakdown. */
  groups?: GroupTopIdeas[];
  rated_differently?: RatedDifferently[];
}

/** A group needs this many ratings of an idea (and at least the threshold) for its mean to count towards "rated differently". */
export const DIFFERENCE_MIN_RATINGS = 5;
export const TOP_IDEAS = 10;

/**
 * Top ideas overall and, with `breakdown` (each participant's group key, groups in display order),
 * by group and where groups differ. Every rating counts towards the statistics, but only ideas in
 * `listable` are listed (hidden statements are not). Groups of raters are protected by the one
 * shared rule (protectPeopleRow): a hidden group shows no ideas and no means; and within a shown
 * group an idea's mean is given only over `threshold` ratings or more, as a survey's mean is.
 */
export function tallyRateResults(options: {
  ratings: readonly Rating[];
  listable: ReadonlySet<string>;
  threshold: number;
  breakdown?: { groupKeys: readonly string[]; groupOf: ReadonlyMap<string, string> };
  top?: number;
}): RateResults {
  const { ratings, listable, threshold, breakdown } = options;
  const top = options.top ?? TOP_IDEAS;
  const raters = new Set(ratings.map((rating) => rating.participantId)).size;
  const rowTotal = protectPeopleRow({ people: [], total: raters, threshold }).total;
  const listed = (ranked: RankedIdea[], mayList: (ratings: number) => boolean) => ranked.filter((idea) => listable.has(idea.statementId) && mayList(idea.ratings)).slice(0, top).map(ideaResult);
  const results: RateResults = { raters: countOrSuppressed(raters, rowTotal), top_ideas: rowTotal ? [] : listed(rankIdeas({ ideas: tallyIdeas(ratings) }), () => true) };
  if (!breakdown) return results;

  const byGroup = new Map<string, Rating[]>(breakdown.groupKeys.map((key) => [key, []]));
  for (const rating of ratings) byGroup.get(breakdown.groupOf.get(rating.participantId) ?? '')?.push(rating);
  const people = breakdown.groupKeys.map((key) => new Set(byGroup.get(key)!.map((rating) => rating.participantId)).size);
  const row = protectPeopleRow({ people, total: raters, threshold });
  const shown: { key: string; ideas: IdeaTally[] }[] = [];
  results.groups = breakdown.groupKeys.map((key, index) => {
    const reason = row.groups[index] ?? row.total;
    if (reason) return { key, raters: countOrSuppressed(people[index]!, reason), top_ideas: null };
    const ideas = tallyIdeas(byGroup.get(key)!);
    shown.push({ key, ideas });
    return { key, raters: people[index]!, top_ideas: listed(rankIdeas({ ideas }), (raters) => mayShowPeople(raters, threshold)) };
  });
  results.rated_differently = ratedDifferently({ groups: shown, listable, minRatings: Math.max(threshold, DIFFERENCE_MIN_RATINGS), top });
  return results;
}

/**
 * Ideas whose group means lie furthest apart, among groups with at least `minRatings` ratings of
 * the idea (two such groups at least), largest spread first; ideas all groups rate alike are left out.
 */
export function ratedDifferently(options: { groups: readonly { key: string; ideas: readonly IdeaTally[] }[]; listable: ReadonlySet<string>; minRatings: number; top: number }): RatedDifferently[] {
  const byIdea = new Map<string, GroupMean[]>();
  for (const group of options.groups) {
    for (const idea of group.ideas) {
      if (idea.ratings < options.minRatings || !options.listable.has(idea.statementId)) continue;
      const means = byIdea.get(idea.statementId) ?? [];
      means.push({ key: group.key, ratings: idea.ratings, mean: round2(idea.sum / idea.ratings) });
      byIdea.set(idea.statementId, means);
    }
  }
  return [...byIdea.entries()]
    .filter(([, means]) => means.length >= 2)
    .map(([statementId, means]) => ({ statement_id: statementId, spread: round2(Math.max(...means.map((m) => m.mean)) - Math.min(...means.map((m) => m.mean))), groups: means }))
    .filter((idea) => idea.spread > 0)
    .sort((a, b) => b.spread - a.spread || (a.statement_id < b.statement_id ? -1 : 1))
    .slice(0, options.top);
}

function ideaResult(idea: RankedIdea): IdeaResult {
  return { statement_id: idea.statementId, ratings: idea.ratings, mean: round2(idea.mean), score: round2(idea.score) };
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
