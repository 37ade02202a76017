import { describe, expect, it } from 'vitest';
import { bodyOf, changeChoices, checkDisposition, draftOf } from './disposition-draft';
import type { DraftChange } from './public-comment-api';

const change = (key: string): DraftChange => ({ key, kind: 'strategy', title: key, change: 'changed', fields: [] });

describe('a disposition as the form holds it', () => {
  it('starts from the recorded decision, or from none', () => {
    expect(draftOf(null)).toEqual({ value: null, note: '', changedKeys: [], cite: true });
    expect(draftOf({ value: 'partly', note: 'In part', changed_keys: ['G1.S1'], by: 'Rosa', at: '2027-01-01T00:00:00Z' })).toEqual({ value: 'partly', note: 'In part', changedKeys: ['G1.S1'], cite: true });
  });

  it.each([
    [{ value: 'not_accepted' as const, note: '  ', changedKeys: [] }, { note: 'required' }],
    [{ value: 'not_accepted' as const, note: 'Costs too much', changedKeys: [] }, {}],
    [{ value: 'accepted' as const, note: '', changedKeys: [] }, {}],
    [{ value: null, note: '', changedKeys: [] }, {}],
  ])('asks for a reason only when not accepted: %j', (draft, problems) => {
    expect(checkDisposition(draft)).toEqual(problems);
  });

  it('sends the changes made only with accepted or partly, and nothing else when taken back', () => {
    expect(bodyOf({ value: 'accepted', note: ' ', changedKeys: ['G1.S1'] }, 3)).toEqual({ version: 3, disposition: 'accepted', changed_keys: ['G1.S1'] });
    // Citing goes with changes made, and only when asked for.
    expect(bodyOf({ value: 'accepted', note: '', changedKeys: ['G1.S1'], cite: true }, 3)).toEqual({ version: 3, disposition: 'accepted', changed_keys: ['G1.S1'], cite_on_changed: true });
    expect(bodyOf({ value: 'partly', note: '', changedKeys: [], cite: true }, 3)).toEqual({ version: 3, disposition: 'partly', changed_keys: [] });
    expect(bodyOf({ value: 'not_accepted', note: 'No', changedKeys: ['G1.S1'], cite: true }, 3)).toEqual({ version: 3, disposition: 'not_accepted', note: 'No', changed_keys: [] });
    expect(bodyOf({ value: 'not_accepted', note: ' Too costly ', changedKeys: ['G1.S1'] }, 3)).toEqual({ version: 3, disposition: 'not_accepted', note: 'Too costly', changed_keys: [] });
    expect(bodyOf({ value: null, note: 'x', changedKeys: ['G1.S1'] }, 4)).toEqual({ version: 4, disposition: null });
  });
});

describe('the changes a decision can point to', () => {
  it('lists the element commented on and its children first, then the rest, then ticked keys no longer changed', () => {
    const listed = changeChoices([change('G2.S1'), change('G1.S1.A1'), change('G1.S1'), change('G10.S1')], 'G1.S1', ['G3']);
    expect(listed.map((item) => item.key)).toEqual(['G1.S1.A1', 'G1.S1', 'G2.S1', 'G10.S1', 'G3']);
    expect(listed.at(-1)?.isStale).toBe(true);
  });

  it('keeps the server order for a comment on the whole draft', () => {
    expect(changeChoices([change('G2.S1'), change('G1.S1')], null, []).map((item) => item.key)).toEqual(['G2.S1', 'G1.S1']);
  });
});
