import { describe, expect, it } from 'vitest';
import { labelElement, quoteTitle, type LabelledKind } from './element-label.js';

const planNames = { goal: 'Priority', measure: 'Vital sign', strategy: 'Initiative', action: 'Action step' };

describe('labelElement', () => {
  it.each<[LabelledKind, Partial<typeof planNames> | undefined, string]>([
    ['action', undefined, 'Action K "Read"'],
    ['action', planNames, 'Action step K "Read"'],
    ['strategy', planNames, 'Initiative K "Read"'],
    ['measure', { goal: 'Pillar' }, 'Measure K "Read"'],
    ['goal', planNames, 'Priority K "Read"'],
    ['interim_goal', planNames, 'Interim goal K "Read"'],
    ['guardrail', planNames, 'Guardrail K "Read"'],
  ])('%s with level names %j', (kind, names, expected) => expect(labelElement(names, kind, 'K', 'Read')).toBe(expected));

  it('leaves out a blank title', () => expect(labelElement(undefined, 'measure', 'G1.M1', '  ')).toBe('Measure G1.M1'));
});

describe('quoteTitle', () => {
  it.each([
    ['Short title', '"Short title"'],
    ['  spaced\n\tout  ', '"spaced out"'],
    ['', ''],
    [undefined, ''],
    ['word '.repeat(20), '"word word word word word word word word word word word word..."'],
    ['x'.repeat(100), `"${'x'.repeat(60)}..."`],
    ['é'.repeat(61), `"${'é'.repeat(60)}..."`],
    ['😀'.repeat(61), `"${'😀'.repeat(60)}..."`],
  ])('%j -> %s', (title, expected) => expect(quoteTitle(title)).toBe(expected));
});
