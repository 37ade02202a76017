import { describe, expect, it } from 'vitest';
import type { Measure } from '../../../core/plan/format/plan-format.schema.js';
import { commentProblems } from './comment-problems.js';
import { draftMeasureValues } from './draft-measure-values.js';

const period = (label: string) => ({ label });
const reading: Measure = {
  key: 'G1.M1',
  name: 'Reading',
  unit: 'percent',
  baseline: { period: period('2025-26'), value: 60 },
  targets: [
    { period: period('2027-28'), value: 65 },
    { period: period('2029-30'), value: 75 },
    { period: period('2029-30'), value: 70, subgroup: 'English learners' },
  ],
};

describe('draftMeasureValues: what a draft measure shows the public', () => {
  it.each([
    ['no results: the starting point and the last all-students target', reading, { baseline: { periodLabel: '2025-26', value: 60, isHidden: false }, finalTarget: { periodLabel: '2029-30', value: 75 }, latest: null, groups: null }],
    [
      'a group of 6 is hidden, the others shown',
      { ...reading, actuals: [{ period: period('2025-26'), value: 60, n: 400 }, { period: period('2025-26'), value: 41, n: 6, subgroup: 'English learners' }, { period: period('2025-26'), value: 55, n: 90, subgroup: 'Students with disabilities' }] },
      { latest: { value: 60, isHidden: false }, groups: { periodLabel: '2025-26', rows: [{ subgroup: null, value: 60 }, { subgroup: 'English learners', value: null, isHidden: true, range: null }, { subgroup: 'Students with disabilities', value: 55 }] } },
    ],
    [
      'a small group near 100% is said as a range',
      { ...reading, actuals: [{ period: period('2025-26'), value: 80, n: 400 }, { period: period('2025-26'), value: 98, n: 40, subgroup: 'Gifted' }] },
      { groups: { periodLabel: '2025-26', rows: [{ subgroup: null, value: 80 }, { subgroup: 'Gifted', value: null, isHidden: true, range: { min: 95, max: 100 } }] } },
    ],
  ])('%s', (_name, measure, expected) => {
    expect(draftMeasureValues(measure, { threshold: 10 })).toMatchObject(expected);
  });
});

describe('commentProblems: the API’s refusals in the page’s words', () => {
  it.each([
    ['an empty comment', [{ path: '/body' }], {}, 'body', 'Escriba su comentario.'],
    ['a comment too long', [{ path: '/body' }], { body: 'x' }, 'body', 'Su comentario es demasiado largo: no pase de 5.000 caracteres.'],
    ['a missing email', [{ path: '/email', code: 'email_needed' }], {}, 'email', 'Escriba su correo electrónico: el distrito pide uno para confirmar cada comentario.'],
    ['a passage not in the text', [{ path: '/quote', code: 'not_in_text' }], { quote: 'x' }, 'quote', 'Estas palabras no están en el texto de esta parte del borrador. Cópielas tal cual, o deje el campo vacío.'],
    ['an unknown part', [{ path: '/element_key' }], {}, 'quote', 'No se encontró esa parte del borrador.'],
  ] as const)('%s', (_name, details, fields, field, words) => {
    expect(commentProblems(details, fields, 'es').problems.get(field)).toBe(words);
  });

  it('says a young form token above the button, and any other field as a form problem', () => {
    expect(commentProblems([{ path: '/form_token', code: 'too_quick' }], {}, 'en')).toEqual({ problems: new Map(), notice: 'tooQuick' });
    expect(commentProblems([{ path: '/submission_id' }], {}, 'en')).toEqual({ problems: new Map(), notice: 'formProblem' });
  });
});
