import { describe, expect, it } from 'vitest';
import { hoursBank } from './hours-bank.js';

const entry = (coachName: string, workedOn: string, hours: number) => ({ coachName, workedOn, hours });

describe('the bank of hours', () => {
  it.each([
    ['nothing used', 40, [], { used: 0, remaining: 40, overBy: 0 }],
    ['some used', 40, [entry('Ana', '2026-09-03', 2.5), entry('Ben', '2026-09-10', 4)], { used: 6.5, remaining: 33.5, overBy: 0 }],
    ['tenths add up exactly', 1, [entry('Ana', '2026-09-03', 0.1), entry('Ana', '2026-09-04', 0.2)], { used: 0.3, remaining: 0.7, overBy: 0 }],
    ['all used', 6, [entry('Ana', '2026-09-03', 6)], { used: 6, remaining: 0, overBy: 0 }],
    ['over the purchase', 5, [entry('Ana', '2026-09-03', 4), entry('Ben', '2026-10-01', 2.25)], { used: 6.25, remaining: 0, overBy: 1.25 }],
  ] as const)('%s', (_name, purchased, entries, expected) => {
    expect(hoursBank(purchased, entries)).toMatchObject({ purchased, ...expected });
  });

  it('sums by coach (most first) and by month (in order)', () => {
    const bank = hoursBank(40, [entry('Ben', '2026-10-01', 1), entry('Ana', '2026-09-03', 2), entry('Ana', '2026-10-15', 1.5), entry('Ben', '2026-09-30', 0.5)]);
    expect(bank.byCoach).toEqual([
      { coachName: 'Ana', hours: 3.5 },
      { coachName: 'Ben', hours: 1.5 },
    ]);
    expect(bank.byMonth).toEqual([
      { month: '2026-09', hours: 2.5 },
      { month: '2026-10', hours: 2.5 },
    ]);
  });
});
