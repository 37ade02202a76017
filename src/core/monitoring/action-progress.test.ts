import { describe, expect, it } from 'vitest';
import { isActionOverdue } from './action-progress.js';

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
