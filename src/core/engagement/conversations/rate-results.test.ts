import { describe, expect, it } from 'vitest';
import { rankIdeas, ratedDifferently, ratingPrior, tallyIdeas, tallyRateResults, type IdeaTally, type Rating } from './rate-results.js';

const idea = (statementId: string, ratings: number, mean: number): IdeaTally => ({ statementId, ratings, sum: ratings * mean });
/** A conversation's other ideas, rated as most are: around 3. */
const typical = Array.from({ length: 8 }, (_, i) => idea(`typical-${i}`, 20 + i, 3));

describe('rankIdeas', () => {
  it('ranks forty ratings averaging 4.5 above two 5-star ratings', () => {
    const ranked = rankIdeas({ ideas: [idea('two-fives', 2, 5), idea('forty-4.5', 40, 4.5), ...typical] });
    expect(ranked.map((i) => i.statementId).slice(0, 2)).toEqual(['forty-4.5', 'two-fives']);
    expect(ranked[1]!.mean).toBe(5);
    expect(ranked[0]!.mean).toBe(4.5);
  });

  it.each([
    ['a plain mean would rank the small idea first; the score does not', [idea('a', 3, 5), idea('b', 30, 4)], ['b', 'a']],
    ['equal counts: the plain order', [idea('a', 10, 3.5), idea('b', 10, 4)], ['b', 'a']],
    ['a tie in score goes to more ratings', [idea('a', 10, 3), idea('b', 20, 3)], ['b', 'a']],
    ['then to the id', [idea('b', 10, 3), idea('a', 10, 3)], ['a', 'b']],
    ['unrated ideas are left out', [idea('a', 0, 0), idea('b', 1, 2)], ['b']],
  ] as const)('%s', (_, ideas, expected) => {
    expect(rankIdeas({ ideas: [...ideas, ...typical] }).map((i) => i.statementId).filter((id) => !id.startsWith('typical'))).toEqual(expected);
  });

  it('pulls a score towards the prior by the weight', () => {
    expect(rankIdeas({ ideas: [idea('a', 2, 5)], prior: { mean: 3, weight: 2 } })[0]!.score).toBe(4);
  });
});

describe('ratingPrior', () => {
  it.each([
    ['mean over all ratings, median count', [idea('a', 2, 5), idea('b', 4, 2), idea('c', 10, 3)], { mean: (10 + 8 + 30) / 16, weight: 4 }],
    ['even number of ideas: the middle two averaged', [idea('a', 2, 1), idea('b', 6, 1)], { mean: 1, weight: 4 }],
    ['unrated ideas do not count', [idea('a', 0, 0), idea('b', 3, 4)], { mean: 4, weight: 3 }],
    ['nothing rated: weight 1, mean 0', [], { mean: 0, weight: 1 }],
  ] as const)('%s', (_, ideas, expected) => {
    expect(ratingPrior(ideas)).toEqual(expected);
  });
});

/** `count` participants of `group` each rating `statementId` `value`. */
function ratingsOf(group: string, count: number, statementId: string, value: number, offset = 0): Rating[] {
  return Array.from({ length: count }, (_, i) => ({ statementId, participantId: `${group}-${offset + i}`, value }));
}

describe('tallyIdeas', () => {
  it('counts and sums by statement', () => {
    expect(tallyIdeas([...ratingsOf('p', 2, 's1', 4), ...ratingsOf('p', 1, 's2', 1)])).toEqual([
      { statementId: 's1', ratings: 2, sum: 8 },
      { statementId: 's2', ratings: 1, sum: 1 },
    ]);
  });
});

describe('tallyRateResults', () => {
  const ratings = [...ratingsOf('staff', 10, 'pay', 5), ...ratingsOf('staff', 10, 'buses', 2), ...ratingsOf('parent', 8, 'pay', 2), ...ratingsOf('parent', 8, 'buses', 5), ...ratingsOf('student', 2, 'pay', 5), ...ratingsOf('parent', 1, 'hidden', 5)];
  const groupOf = new Map(ratings.map((r) => [r.participantId, r.participantId.split('-')[0]!]));
  const listable = new Set(['pay', 'buses']);

  it('lists no hidden statement, while its ratings still count', () => {
    const results = tallyRateResults({ ratings, listable, threshold: 5 });
    expect(results.raters).toBe(20);
    expect(results.top_ideas.map((i) => i.statement_id)).toEqual(['pay', 'buses']);
    expect(results.top_ideas[0]).toMatchObject({ ratings: 20, mean: 3.8 });
  });

  it('hides everything with fewer raters than the threshold', () => {
    expect(tallyRateResults({ ratings: ratingsOf('p', 3, 'pay', 5), listable, threshold: 5 })).toEqual({ raters: { suppressed: true, reason: 'small_group' }, top_ideas: [] });
  });

  it('hides small groups by the shared rule and ranks each shown group', () => {
    const results = tallyRateResults({ ratings, listable, threshold: 5, breakdown: { groupKeys: ['staff', 'parent', 'student'], groupOf } });
    // student (2) is small; the complement is the next smallest group, parent (8).
    expect(results.groups!.map((g) => [g.key, g.raters])).toEqual([
      ['staff', 10],
      ['parent', { suppressed: true, reason: 'complement' }],
      ['student', { suppressed: true, reason: 'small_group' }],
    ]);
    expect(results.groups![0]!.top_ideas!.map((i) => i.statement_id)).toEqual(['pay', 'buses']);
    expect(results.groups![1]!.top_ideas).toBeNull();
  });

  it('finds the ideas groups rate differently among shown groups', () => {
    const more = [...ratings, ...ratingsOf('student', 10, 'pay', 1, 10)];
    const groupOfMore = new Map(more.map((r) => [r.participantId, r.participantId.split('-')[0]!]));
    const results = tallyRateResults({ ratings: more, listable, threshold: 5, breakdown: { groupKeys: ['staff', 'parent', 'student'], groupOf: groupOfMore } });
    expect(results.rated_differently!.map((d) => [d.statement_id, d.spread])).toEqual([
      // students: two 5s and ten 1s, a mean of 1.67, against the staff's 5.
      ['pay', 3.33],
      ['buses', 3],
    ]);
  });
});

describe('ratedDifferently', () => {
  const group = (key: string, ideas: IdeaTally[]) => ({ key, ideas });
  it.each([
    ['largest spread first', [group('a', [idea('x', 5, 1), idea('y', 5, 3)]), group('b', [idea('x', 5, 5), idea('y', 5, 4)])], ['x', 'y']],
    ['a group with too few ratings of the idea does not count', [group('a', [idea('x', 4, 1)]), group('b', [idea('x', 5, 5)])], []],
    ['alike everywhere: left out', [group('a', [idea('x', 5, 3)]), group('b', [idea('x', 5, 3)])], []],
    ['an idea not listable: left out', [group('a', [idea('z', 5, 1)]), group('b', [idea('z', 5, 5)])], []],
  ] as const)('%s', (_, groups, expected) => {
    expect(ratedDifferently({ groups, listable: new Set(['x', 'y']), minRatings: 5, top: 10 }).map((d) => d.statement_id)).toEqual(expected);
  });
});
