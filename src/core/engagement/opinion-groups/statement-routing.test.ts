import { describe, expect, it } from 'vitest';
import { leastSeenFirst, pickNextStatement, statementPriority } from './statement-routing.js';

describe('statementPriority', () => {
  // ((1 - p) (E + 1) a (1 + 8 x 2^(-S/5)))^2, p = (P + 1) / (S + 2), a = (A + 1) / (S + 2); worked by hand
  // (the first cases are the ones Polis's own source tries).
  it.each([
    { agree: 0, pass: 0, seen: 0, extremity: 0, priority: (0.5 * 0.5 * 9) ** 2 },
    { agree: 1, pass: 0, seen: 1, extremity: 0, priority: 12.529726250088045 },
    { agree: 20, pass: 3, seen: 20, extremity: 0, priority: 1.3723832046991324 },
    { agree: 18, pass: 3, seen: 20, extremity: 1, priority: 4.493699200874257 },
    { agree: 5, pass: 5, seen: 10, extremity: 2.5, priority: 6.890625 },
  ])('A $agree, P $pass, S $seen, E $extremity -> $priority', (tally) => {
    expect(statementPriority(tally)).toBeCloseTo(tally.priority, 10);
  });

  it('favours new statements, divisive ones, and ones people do not pass on', () => {
    const base = { agree: 10, pass: 2, seen: 20, extremity: 1 };
    expect(statementPriority({ ...base, seen: 2, agree: 1, pass: 0 })).toBeGreaterThan(statementPriority(base));
    expect(statementPriority({ ...base, extremity: 3 })).toBeGreaterThan(statementPriority(base));
    expect(statementPriority({ ...base, pass: 15 })).toBeLessThan(statementPriority(base));
  });
});

describe('pickNextStatement', () => {
  const tally = (statement: string, seen: number) => ({ statement, agree: seen / 2, pass: 0, seen, extremity: 0 });
  const candidates = [tally('b', 40), tally('a', 0), tally('c', 40)];

  it('draws in proportion to priority, over candidates in id order', () => {
    const priorities = [tally('a', 0), tally('b', 40), tally('c', 40)].map(statementPriority);
    const total = priorities.reduce((sum, p) => sum + p, 0);
    expect(pickNextStatement({ candidates, draw: 0 })).toBe('a');
    expect(pickNextStatement({ candidates, draw: (priorities[0]! - 1e-9) / total })).toBe('a');
    expect(pickNextStatement({ candidates, draw: (priorities[0]! + 1e-9) / total })).toBe('b');
    expect(pickNextStatement({ candidates, draw: 0.999999999 })).toBe('c');
  });

  it('skips what the participant voted on, and says null when nothing is left', () => {
    expect(pickNextStatement({ candidates, alreadyVoted: new Set(['a', 'b']), draw: 0 })).toBe('c');
    expect(pickNextStatement({ candidates, alreadyVoted: new Set(['a', 'b', 'c']), draw: 0.5 })).toBeNull();
  });
});

describe('leastSeenFirst', () => {
  const statements = [
    { statement: 's1', seen: 5 },
    { statement: 's2', seen: 1 },
    { statement: 's3', seen: 3 },
    { statement: 's4', seen: 1 },
    { statement: 's5', seen: 1 },
  ];

  it('orders the unseen statements by how often they were seen', () => {
    const order = leastSeenFirst({ statements, alreadyVoted: new Set(['s3']), participantKey: 'p1' });
    expect(order).toHaveLength(4);
    expect(order.slice(3)).toEqual(['s1']);
    expect(new Set(order.slice(0, 3))).toEqual(new Set(['s2', 's4', 's5']));
  });

  it('breaks ties the same way for the same participant, differently across participants', () => {
    const tied = Array.from({ length: 12 }, (_, i) => ({ statement: `t${i}`, seen: 0 }));
    const once = leastSeenFirst({ statements: tied, participantKey: 'p1' });
    expect(leastSeenFirst({ statements: [...tied].reverse(), participantKey: 'p1' })).toEqual(once);
    expect(leastSeenFirst({ statements: tied, participantKey: 'p2' })).not.toEqual(once);
  });
});
