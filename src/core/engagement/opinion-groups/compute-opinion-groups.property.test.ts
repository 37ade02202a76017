import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../themes/seeded-random.js';
import { computeOpinionGroups } from './compute-opinion-groups.js';
import type { OpinionGroups, Vote, VoteValue } from './opinion-groups-types.js';

/**
 * The result depends on the votes only: not on the order they arrive in, nor on what the
 * participants are called. Conversations of up to 40 people and 10 statements, some of them in
 * camps (so groups form), with a statement or two moderated out.
 */
const conversation = fc
  .record({
    people: fc.integer({ min: 1, max: 40 }),
    statements: fc.integer({ min: 1, max: 10 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    density: fc.double({ min: 0.2, max: 1, noNaN: true }),
    camps: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ people, statements, seed, density, camps }) => {
    const random = seededRandom(seed);
    const leaning = Array.from({ length: camps }, () => Array.from({ length: statements }, () => (random() < 0.5 ? 1 : -1)));
    const votes: Vote[] = [];
    for (let p = 0; p < people; p++) {
      const camp = leaning[p % camps]!;
      for (let s = 0; s < statements; s++) {
        if (random() > density) continue;
        const roll = random();
        const vote = (roll < 0.1 ? 0 : roll < 0.25 ? -camp[s]! : camp[s]!) as VoteValue;
        votes.push({ participant: `person-${p}`, statement: `statement-${s}`, vote });
      }
    }
    const moderatedOut = random() < 0.5 ? [`statement-${Math.floor(random() * statements)}`] : [];
    return { votes, moderatedOut, seed };
  });

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed ^ 0x5bd1e995);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Everything the result says about each participant, keyed through `name`. */
function byParticipant(result: OpinionGroups, name: (id: string) => string) {
  return new Map(result.participants.map((p) => [name(p.participant), { x: p.x, y: p.y, group: p.group, votes: p.votes }]));
}

describe('computeOpinionGroups does not depend on order or names', () => {
  it('gives an identical result for the votes in any order', () => {
    fc.assert(
      fc.property(conversation, ({ votes, moderatedOut, seed }) => {
        const result = computeOpinionGroups({ votes, moderatedOut });
        expect(computeOpinionGroups({ votes: shuffled(votes, seed), moderatedOut: new Set(moderatedOut) })).toEqual(result);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same places, groups and statements when the participants are renamed', () => {
    fc.assert(
      fc.property(conversation, ({ votes, moderatedOut, seed }) => {
        // A renaming that reverses the order of the ids, and an arrival order shuffled too.
        const rename = (id: string) => `x${String(1000 - Number(id.slice('person-'.length))).padStart(4, '0')}`;
        const renamed = shuffled(votes, seed).map((v) => ({ ...v, participant: rename(v.participant) }));
        const before = computeOpinionGroups({ votes, moderatedOut });
        const after = computeOpinionGroups({ votes: renamed, moderatedOut });
        expect(byParticipant(after, (id) => id)).toEqual(byParticipant(before, rename));
        expect(after.groups.map((g) => ({ ...g, participants: [...g.participants].sort() }))).toEqual(
          before.groups.map((g) => ({ ...g, participants: g.participants.map(rename).sort() })),
        );
        expect({ ...after, participants: [], groups: [] }).toEqual({ ...before, participants: [], groups: [] });
      }),
      { numRuns: 150 },
    );
  });
});
