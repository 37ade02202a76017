import { describe, expect, it } from 'vitest';
import { closedOn, refusalWords, windowState } from './comment-window.js';

const window = { draftVersion: 3, opensOn: '2027-03-01', closesOn: '2027-03-31' };

describe('windowState', () => {
  it.each([
    ['out for comment on its version, within the dates', { lifecycle: 'public_comment', latestVersion: 3 }, '2027-03-15', 'open'],
    ['the first day counts', { lifecycle: 'public_comment', latestVersion: 3 }, '2027-03-01', 'open'],
    ['the last day counts', { lifecycle: 'public_comment', latestVersion: 3 }, '2027-03-31', 'open'],
    ['before the first day', { lifecycle: 'public_comment', latestVersion: 3 }, '2027-02-28', 'not_yet'],
    ['after the closing date', { lifecycle: 'public_comment', latestVersion: 3 }, '2027-04-01', 'past_closing'],
    ['back to draft', { lifecycle: 'draft', latestVersion: 4 }, '2027-03-15', 'moved_on'],
    ['adopted', { lifecycle: 'adopted', latestVersion: 4 }, '2027-03-15', 'moved_on'],
    ['out for comment again on a newer version', { lifecycle: 'public_comment', latestVersion: 5 }, '2027-03-15', 'moved_on'],
  ] as const)('%s', (_, plan, today, expected) => {
    expect(windowState(window, plan, today)).toBe(expected);
  });
});

describe('closedOn', () => {
  it.each([
    ['open', null, null],
    ['past_closing', null, '2027-03-31'],
    ['moved_on', '2027-03-20', '2027-03-20'],
    ['moved_on', '2027-04-10', '2027-03-31'],
    ['moved_on', null, '2027-03-31'],
  ] as const)('%s, moved on %s: %s', (state, movedOn, expected) => {
    expect(closedOn(window, state, movedOn)).toBe(expected);
  });
});

describe('refusalWords', () => {
  it('names the dates in both languages', () => {
    expect(refusalWords('past_closing', window, 'en')).toContain('closed on 2027-03-31');
    expect(refusalWords('not_yet', window, 'es')).toContain('se abre el 2027-03-01');
  });
});
