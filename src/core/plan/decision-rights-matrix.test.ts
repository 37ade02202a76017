import { describe, expect, it } from 'vitest';
import { decisionRightsMatrix } from './decision-rights-matrix.js';
import { decisionRightsMatrix as fromOutline } from './plan-outline.js';
import { everyFieldPlan } from './format/fixtures/every-field-plan.js';
import type { DecisionRight, PlanDocument } from './format/plan-format.schema.js';

const planWith = (...strategies: DecisionRight[][]): PlanDocument => ({
  format: 'strategic-plan/v1',
  organization: { name: 'X', kind: 'district' },
  plan: { title: 'T', goals: [{ key: 'G1', title: 'g', strategies: strategies.map((rights, i) => ({ key: `G1.S${i + 1}`, title: `s${i + 1}`, decision_rights: rights })) }] },
});

describe('decisionRightsMatrix', () => {
  it('lays out the every-field plan', () => {
    expect(decisionRightsMatrix(everyFieldPlan)).toEqual({
      people: ['Literacy team', 'Chief Academic Officer', 'Principals', 'Union', 'Board'],
      rows: [
        {
          goalKey: 'P1',
          strategyKey: 'P1.I1',
          strategyTitle: 'Structured literacy in every K-3 classroom',
          decision: 'Pick the training provider',
          responsible: ['Literacy team'],
          accountable: 'Chief Academic Officer',
          consulted: ['Principals', 'Union'],
          informed: ['Board'],
          letters: ['R', 'A', 'C', 'C', 'I'],
        },
        {
          goalKey: 'P1',
          strategyKey: 'P1.I1',
          strategyTitle: 'Structured literacy in every K-3 classroom',
          decision: 'Approve the schedule',
          responsible: [],
          accountable: null,
          consulted: [],
          informed: [],
          letters: ['', '', '', '', ''],
        },
      ],
    });
  });

  it.each<[string, DecisionRight[][], string[], string[][]]>([
    ['no decision rights', [[]], [], []],
    ['one person responsible and accountable', [[{ decision: 'd', responsible: ['Ana'], accountable: 'Ana' }]], ['Ana'], [['RA']]],
    ['letters keep the order R, A, C, I', [[{ decision: 'd', informed: ['Ana'], consulted: ['Ana'], accountable: 'Ana', responsible: ['Ana'] }]], ['Ana'], [['RACI']]],
    ['names are trimmed and listed once', [[{ decision: 'd', responsible: [' Ana', 'Ana '], accountable: ' ' }]], ['Ana'], [['R']]],
    ['different spellings stay apart', [[{ decision: 'd', consulted: ['Principals', 'principals'] }]], ['Principals', 'principals'], [['C', 'C']]],
    [
      'columns span strategies, in order of first appearance',
      [[{ decision: 'a', accountable: 'Ben' }], [{ decision: 'b', responsible: ['Cy'], informed: ['Ben'] }]],
      ['Ben', 'Cy'],
      [['A', ''], ['I', 'R']],
    ],
  ])('%s', (_name, strategies, people, letters) => {
    const matrix = decisionRightsMatrix(planWith(...strategies));
    expect(matrix.people).toEqual(people);
    expect(matrix.rows.map((row) => row.letters)).toEqual(letters);
  });

  it('is also reachable from plan-outline', () => expect(fromOutline).toBe(decisionRightsMatrix));
});
