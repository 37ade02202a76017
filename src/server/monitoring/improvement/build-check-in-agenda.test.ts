import { describe, expect, it } from 'vitest';
import { buildCheckInAgenda, type ScorecardForAgenda } from './build-check-in-agenda.js';

const measure = (key: string, status: string, owner: string | null = null) => ({ key, name: `Measure ${key}`, owner: owner ? { name: owner } : null, status: { status, reason: `${status} reason` } });
const scorecard: ScorecardForAgenda = {
  goals: [
    {
      key: 'G1',
      title: 'Reading',
      rollUp: { status: 'off_track' },
      measures: [measure('M1', 'on_track'), measure('M2', 'off_track', 'Ana')],
      strategies: [
        {
          key: 'S1',
          title: 'Tutoring',
          rollUp: { status: 'at_risk', explanation: '1 of 2 actions on track' },
          measures: [measure('M3', 'no_data')],
          actions: [
            { key: 'A1', title: 'Hire', owner: null, due: '2026-01-01', status: 'off_track', isOverdue: true },
            { key: 'A2', title: 'Train', owner: null, status: 'on_track', isOverdue: false },
          ],
        },
      ],
    },
    { key: 'G2', title: 'Climate', rollUp: { status: 'at_risk' }, measures: [measure('M4', 'at_risk')], strategies: [] },
  ],
};

describe('buildCheckInAgenda', () => {
  const agenda = buildCheckInAgenda({
    scorecard,
    overdueUpdates: [
      { elementKey: 'M2', kind: 'measure', name: 'Measure M2', goalKey: 'G1', periodLabel: '2026-09', dueOn: '2026-10-14', ownerName: 'Ana' },
      { elementKey: 'M1', kind: 'measure', name: 'Measure M1', goalKey: 'G1', periodLabel: '2026-09', dueOn: '2026-10-14', ownerName: 'Bo' },
    ],
    openFollowUps: [{ id: 'f1', title: 'Call HR', ownerName: 'Cy', dueDate: '2026-10-20' }],
    previousKeys: new Set(['measure:M2', 'follow_up:f1']),
  });

  it.each([
    ['measure:M2', { reasons: ['off_track', 'update_overdue'], periodLabel: '2026-09', owner: 'Ana', isNew: false }],
    ['strategy:S1', { reasons: ['at_risk'], explanation: '1 of 2 actions on track', isNew: true }],
    // Its status is off track because it is overdue (judgeAction): the agenda gives the one reason.
    ['action:A1', { reasons: ['overdue'], dueOn: '2026-01-01' }],
    // Its goal's status comes with it, as every view shows it, even on an item that joined for its overdue update.
    ['measure:M1', { reasons: ['update_overdue'], goalTitle: 'Reading', goalStatus: 'off_track', owner: 'Bo' }],
    ['measure:M4', { reasons: ['at_risk'], goalKey: 'G2', goalStatus: 'at_risk' }],
    ['follow_up:f1', { kind: 'follow_up', reasons: ['open_follow_up'], dueOn: '2026-10-20', goalStatus: null, isNew: false }],
  ])('lists %s', (key, expected) => {
    expect(agenda.find((item) => item.key === key)).toMatchObject(expected);
  });

  it('leaves out what is on track or without data, and keeps goal order with follow-ups last', () => {
    expect(agenda.map((item) => item.key)).toEqual(['measure:M2', 'strategy:S1', 'action:A1', 'measure:M1', 'measure:M4', 'follow_up:f1']);
  });
});
