import { describe, expect, it } from 'vitest';
import { KEY_PATTERN, MAX_KEY_LENGTH, nextKey, type NewElementKind } from './plan-outline.js';
import { flattenPlan } from './format/plan-tree.js';
import { everyFieldPlan } from './format/fixtures/every-field-plan.js';

describe('nextKey', () => {
  it.each<[string, NewElementKind, string | null, string[], string]>([
    ['the first goal', 'goal', null, [], 'G1'],
    ['the next goal', 'goal', null, ['G1', 'G2'], 'G3'],
    ['after the highest, not into a gap left by a deletion', 'goal', null, ['G1', 'G3'], 'G4'],
    ['numbers with leading zeros count', 'goal', null, ['G07'], 'G8'],
    ['a goal ignores any parent', 'goal', 'G1', ['G1'], 'G2'],
    ['guardrails have their own series', 'guardrail', null, ['G1', 'G2', 'GR1'], 'GR2'],
    ['guardrail keys do not count as goals', 'goal', null, ['GR5'], 'G1'],
    ['a measure of a goal', 'measure', 'G1', ['G1'], 'G1.M1'],
    ['a strategy of a goal', 'strategy', 'G1', ['G1', 'G1.S1', 'G1.M1', 'G1.M2'], 'G1.S2'],
    ['an interim goal of a goal', 'interim_goal', 'G1', ['G1', 'G1.I1'], 'G1.I2'],
    ['an action of a strategy', 'action', 'G1.S1', ['G1.S1.A1', 'G1.S1.A2'], 'G1.S1.A3'],
    ['a measure of a strategy', 'measure', 'G1.S1', ['G1.S1.A1'], 'G1.S1.M1'],
    ['children of another parent do not count', 'action', 'G1.S2', ['G1.S1.A4'], 'G1.S2.A1'],
    ['grandchildren do not count', 'measure', 'G1', ['G1.S1.M7'], 'G1.M1'],
    ['keys of another style are left alone', 'measure', 'P1', ['P1.V1', 'P1.V2'], 'P1.M1'],
    ['without a parent, a child kind gets no prefix', 'measure', null, [], 'M1'],
    ['a stray character in the parent is replaced', 'action', 'G1 S1', [], 'G1-S1.A1'],
  ])('%s', (_name, kind, parentKey, existing, expected) => expect(nextKey(kind, parentKey, new Set(existing))).toBe(expected));

  it('counts past huge numbers without losing precision', () => {
    expect(nextKey('goal', null, new Set(['G99999999999999999999']))).toBe('G100000000000000000000');
  });

  it.each([
    ['a 62-character parent', 'x'.repeat(62)],
    ['a 64-character parent', 'y'.repeat(64)],
    ['a cut that would end on a dot', `${'a'.repeat(58)}.b.c.d`],
  ])('cuts %s so the key fits and stays valid', (_name, parentKey) => {
    const key = nextKey('action', parentKey, new Set());
    expect(key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    expect(key).toMatch(KEY_PATTERN);
    expect(key).toMatch(/[^._-]\.A1$/);
    expect(key.startsWith(parentKey.slice(0, 40))).toBe(true);
  });

  it('stays unique when two long parents cut to the same prefix', () => {
    const parentA = `${'z'.repeat(62)}AA`;
    const parentB = `${'z'.repeat(62)}BB`;
    const first = nextKey('action', parentA, new Set());
    const second = nextKey('action', parentB, new Set([first]));
    expect(second).not.toBe(first);
    expect([first, second].every((key) => KEY_PATTERN.test(key) && key.length <= MAX_KEY_LENGTH)).toBe(true);
  });

  it('never repeats a key of the every-field plan, for any kind under any element', () => {
    const keys = new Set(flattenPlan(everyFieldPlan).elements.map((e) => e.key));
    const kinds: NewElementKind[] = ['goal', 'guardrail', 'interim_goal', 'measure', 'strategy', 'action'];
    for (const parent of [null, ...keys]) for (const kind of kinds) expect(keys.has(nextKey(kind, parent, keys))).toBe(false);
  });
});
