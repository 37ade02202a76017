import { describe, expect, it } from 'vitest';
import { seededRandom } from '../themes/seeded-random.js';
import { adjustedRandIndex } from './adjusted-rand-index.js';
import { computeOpinionGroups } from './compute-opinion-groups.js';
import type { Vote } from './opinion-groups-types.js';

/**
 * A planted conversation: `camps` camps of `size` people; camp c agrees with statements c-0 .. c-7
 * and disagrees with the other camps' ones, and everybody agrees with "shared". Each person sees
 * 80% of the statements and votes against their camp 10% of the time.
 */
function planted(camps: number, size: number, seed = 1) {
  const random = seededRandom(seed);
  const statements = [...Array.from({ length: camps }, (_, c) => Array.from({ length: 8 }, (_, i) => `c${c}-${i}`)).flat(), 'shared'];
  const votes: Vote[] = [];
  const camp = new Map<string, number>();
  for (let c = 0; c < camps; c++) {
    for (let p = 0; p < size; p++) {
      const participant = `p${c}-${p}`;
      camp.set(participant, c);
      for (const statement of statements) {
        if (random() > 0.8) continue;
        const leaning = statement === 'shared' || statement.startsWith(`c${c}-`) ? 1 : -1;
        const roll = random();
        votes.push({ participant, statement, vote: roll < 0.05 ? 0 : roll < 0.15 ? (-leaning as 1 | -1) : (leaning as 1 | -1) });
      }
    }
  }
  return { votes, camp };
}

describe('computeOpinionGroups', () => {
  // (Four camps like these span three dimensions; on a 2-D map two of them overlap, by design of the method.)
  it.each([2, 3])('finds %i planted camps, with what sets each apart and what they share', (camps) => {
    const { votes, camp } = planted(camps, 25);
    const result = computeOpinionGroups({ votes });
    expect(result.groups).toHaveLength(camps);
    const clustered = result.participants.filter((p) => p.group !== null);
    expect(clustered).toHaveLength(camps * 25);
    expect(adjustedRandIndex(clustered.map((p) => p.group!), clustered.map((p) => camp.get(p.participant)!))).toBe(1);
    for (const group of result.groups) {
      const own = camp.get(group.participants[0]!)!;
      const agreed = group.representative.filter((r) => r.direction === 'agree' && r.isSignificant);
      expect(agreed.length).toBeGreaterThan(0);
      expect(agreed.every((r) => r.statement.startsWith(`c${own}-`))).toBe(true);
      expect(group.representative.length).toBeLessThanOrEqual(5);
    }
    expect(result.consensus.agree.map((c) => c.statement)).toContain('shared');
    expect(result.bridging[0]!.statement).toBe('shared');
    expect(result.silhouettes.find((s) => s.k === camps)).toBeDefined();
  });

  it('numbers groups by size and puts each group centre among its members', () => {
    const { votes } = planted(2, 25);
    const smaller = votes.filter((v) => !(v.participant.startsWith('p1-') && Number(v.participant.slice(3)) >= 15));
    const result = computeOpinionGroups({ votes: smaller });
    expect(result.groups.map((g) => g.participants.length)).toEqual([25, 15]);
    for (const group of result.groups) {
      const members = result.participants.filter((p) => p.group === group.id);
      const meanX = members.reduce((sum, p) => sum + p.x, 0) / members.length;
      expect(group.centre[0]).toBeCloseTo(meanX, 9);
    }
    expect(result.baseClusters.reduce((sum, b) => sum + b.size, 0)).toBe(40);
  });

  it('maps light voters without clustering them, and leaves moderated statements out of every list', () => {
    const { votes } = planted(2, 20);
    const light: Vote[] = [
      { participant: 'light', statement: 'c0-0', vote: 1 },
      { participant: 'light', statement: 'c0-1', vote: 1 },
    ];
    const result = computeOpinionGroups({ votes: [...votes, ...light], moderatedOut: new Set(['c0-0', 'shared']) });
    const place = result.participants.find((p) => p.participant === 'light')!;
    expect(place).toMatchObject({ group: null, votes: 2 });
    expect(Number.isFinite(place.x) && Number.isFinite(place.y)).toBe(true);
    const listed = [...result.groups.flatMap((g) => g.representative), ...result.consensus.agree, ...result.consensus.disagree, ...result.bridging].map((s) => s.statement);
    expect(listed).not.toContain('c0-0');
    expect(listed).not.toContain('shared');
    const moderated = result.statements.find((s) => s.statement === 'shared')!;
    expect(moderated).toMatchObject({ isModeratedOut: true, extremity: 0 });
    expect(moderated.seen).toBeGreaterThan(0);
  });

  it('places statements with their counts, the divisive ones far out and the shared one near the centre', () => {
    const { votes } = planted(2, 25);
    const { statements } = computeOpinionGroups({ votes });
    const shared = statements.find((s) => s.statement === 'shared')!;
    const divisive = statements.find((s) => s.statement === 'c0-0')!;
    expect(shared.agree + shared.disagree + shared.pass).toBe(shared.seen);
    expect(divisive.extremity).toBeGreaterThan(3 * shared.extremity);
  });

  it.each([
    { name: 'no votes', votes: [] as Vote[], groups: 0 },
    { name: 'one participant', votes: [{ participant: 'p', statement: 's', vote: 1 }] as Vote[], groups: 1 },
    {
      name: 'everyone alike',
      votes: ['a', 'b', 'c'].flatMap((participant) => ['s', 't'].map((statement): Vote => ({ participant, statement, vote: 1 }))),
      groups: 1,
    },
  ])('copes with $name', ({ votes, groups }) => {
    const result = computeOpinionGroups({ votes });
    expect(result.groups).toHaveLength(groups);
    for (const p of result.participants) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
});
