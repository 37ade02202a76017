import { describe, expect, it } from 'vitest';
import { isActionOverdue, judgeAction } from './action-progress.js';

describe('isActionOverdue', () => {
  it.each<[string | undefined, string | undefined, boolean]>([
    ['on_track', '2026-03-31', true],
    [undefined, '2026-03-31', true],
    ['not_started', '2026-03-31', true],
    ['at_risk', '2026-04-01', false], // due today is not late yet
    ['on_track', '2026-05-01', false],
    ['complete', '2026-03-31', false],
    ['canceled', '2026-03-31', false],
    ['on_track', undefined, false],
  ])('status %s due %s -> %s', (status, due, expected) => {
    expect(isActionOverdue({ status, due, today: '2026-04-01' })).toBe(expected);
  });
});

describe('judgeAction', () => {
  it.each<[string | null, string | undefined, string | null, boolean]>([
    ['on_track', '2026-03-31', 'off_track', true], // late: off track whatever was reported
    ['not_started', '2026-03-31', 'off_track', true],
    [null, '2026-03-31', 'off_track', true],
    ['at_risk', '2026-03-31', 'off_track', true],
    ['on_track', '2026-04-01', 'on_track', false], // due today is not late yet
    ['at_risk', undefined, 'at_risk', false],
    ['complete', '2026-03-31', 'complete', false],
    ['canceled', '2026-03-31', 'canceled', false],
    [null, undefined, null, false],
  ])('reported %s due %s -> %s (overdue %s)', (reportedStatus, due, status, isOverdue) => {
    expect(judgeAction({ reportedStatus, due, today: '2026-04-01' })).toEqual({ status, reportedStatus, isOverdue });
  });
});
