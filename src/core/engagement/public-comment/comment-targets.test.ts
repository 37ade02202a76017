import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../plan/format/plan-format.schema.js';
import { checkCommentTarget, commentTargets } from './comment-targets.js';

const draft = {
  format: 'strategic-plan/v1',
  organization: { name: 'Test district' },
  plan: {
    title: 'Plan',
    mission: 'Every student, every day.',
    values: [{ name: 'Equity', description: 'Resources where needs are greatest.' }],
    goals: [
      {
        key: 'G1',
        title: 'Readers by grade 3',
        measures: [{ key: 'G1.M1', name: 'Grade 3 reading proficiency' }],
        strategies: [{ key: 'G1.S1', title: 'Tutoring', description: 'High-dosage tutoring for every “struggling” reader in grades K–3.', actions: [{ key: 'G1.S1.A1', title: 'Hire tutors' }] }],
      },
    ],
  },
} as unknown as PlanDocument;

describe('commentTargets', () => {
  it('lists the plan texts it has and every element in reading order', () => {
    expect(commentTargets(draft).map((t) => t.key)).toEqual(['mission', 'values', 'G1', 'G1.M1', 'G1.S1', 'G1.S1.A1']);
  });
});

describe('checkCommentTarget', () => {
  const targets = commentTargets(draft);
  it.each([
    ['the whole draft', null, null, null],
    ['an element', 'G1.S1', null, null],
    ['a passage as selected', 'G1.S1', 'every “struggling” reader', null],
    ['a passage with other spaces, case and straight quotes', 'G1.S1', 'EVERY  "struggling"\nreader', null],
    ['a value’s description', 'values', 'where needs are greatest', null],
    ['a key not in the draft', 'G9', null, '/element_key'],
    ['vision, which this draft does not have', 'vision', null, '/element_key'],
    ['a passage of another element', 'G1.M1', 'High-dosage tutoring', '/quote'],
    ['a passage without an element', null, 'tutoring', '/quote'],
  ] as const)('%s', (_, key, quote, field) => {
    expect(checkCommentTarget(targets, key, quote)?.field ?? null).toBe(field);
  });
});
