import { describe, expect, it } from 'vitest';
import { MAX_DAYS, participationOverTime } from './participation-over-time.js';

const day = (day: string, count: number) => ({ day, count });

describe('participationOverTime', () => {
  it.each([
    ['nothing: no days', [], [], [], []],
    ['one day of each', [day('2026-03-01', 3)], [day('2026-03-01', 2)], [day('2026-03-01', 9)], [{ day: '2026-03-01', participants: 3, statements: 2, votes: 9 }]],
    [
      'quiet days in between are zeros',
      [day('2026-03-01', 1)],
      [],
      [day('2026-03-03', 4)],
      [
        { day: '2026-03-01', participants: 1, statements: 0, votes: 0 },
        { day: '2026-03-02', participants: 0, statements: 0, votes: 0 },
        { day: '2026-03-03', participants: 0, statements: 0, votes: 4 },
      ],
    ],
    [
      'across a month end, given out of order, same day added up',
      [day('2026-03-01', 1), day('2026-02-28', 2), day('2026-02-28', 1)],
      [],
      [],
      [
        { day: '2026-02-28', participants: 3, statements: 0, votes: 0 },
        { day: '2026-03-01', participants: 1, statements: 0, votes: 0 },
      ],
    ],
  ] as const)('%s', (_, participants, statements, votes, expected) => {
    expect(participationOverTime({ participants, statements, votes })).toEqual(expected);
  });

  it('lists at most MAX_DAYS, the latest ones', () => {
    const days = participationOverTime({ participants: [day('2020-01-01', 1), day('2026-01-01', 1)], statements: [], votes: [] });
    expect(days).toHaveLength(MAX_DAYS);
    expect(days[days.length - 1]!.day).toBe('2026-01-01');
  });
});
