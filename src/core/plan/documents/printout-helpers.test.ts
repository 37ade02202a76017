import { describe, expect, it } from 'vitest';
import { everyFieldPlan } from '../format/fixtures/every-field-plan.js';
import type { Measure } from '../format/plan-format.schema.js';
import { buildPlanPrintout } from './build-plan-printout.js';
import { formatDate, formatMeasureValue, formatMoney, initialsOf } from './format-plan-values.js';
import { levelNamesOf, pluralOf } from './level-names.js';
import { finalTarget, measureTableRows } from './measure-table.js';
import { printoutWords } from './printout-words.js';

describe('printout helpers', () => {
  it.each([
    ['en', 'Vital sign', 'Why this vital sign'],
    ['es', 'Meta', 'Por qué esta meta'],
    ['es', 'Estrategia', 'Por qué esta estrategia'],
    ['es', 'Indicador', 'Por qué este indicador'],
    ['es', 'Acción', 'Por qué esta acción'],
    ['es', 'Prioridad', 'Por qué esta prioridad'],
    ['es', 'Programa', 'Por qué este programa'],
    ['es', 'Objetivo estratégico', 'Por qué este objetivo estratégico'],
  ] as const)('says why in %s for a level named %s: %s', (language, level, expected) => {
    expect(printoutWords[language].whyThis(level)).toBe(expected);
  });

  it.each([
    [{ period: { label: 'x' }, value: 48.25 }, { unit: 'percent' }, '48.25%'],
    [{ period: { label: 'x' }, value: 12 }, { unit: 'percentage_points' }, '12 pts'],
    [{ period: { label: 'x' }, value: 41.3 }, { unit: 'percent', unit_label: '% proficient' }, '41.3% proficient'],
    [{ period: { label: 'x' }, value: 1234567 }, { unit: 'count' }, '1,234,567'],
    [{ period: { label: 'x' }, value: null, raw: 'TBD' }, { unit: 'percent' }, 'TBD'],
    [{ period: { label: 'x' }, value: null }, {}, '—'],
    [undefined, {}, '—'],
  ] as const)('formats %j in %j as %s', (value, measure, expected) => {
    expect(formatMeasureValue(value, measure as Pick<Measure, 'unit' | 'unit_label'>)).toBe(expected);
  });

  it.each([
    [840000, 'USD', '$840,000'],
    [125000.5, 'USD', '$125,000.50'],
    [1500, null, '1,500'],
  ] as const)('formats money %d %s as %s', (amount, currency, expected) => expect(formatMoney(amount, currency)).toBe(expected));

  it.each([
    ['2026-06-09', 'June 9, 2026'],
    ['Summer 2026', 'Summer 2026'],
  ])('formats the date %s as %s', (date, expected) => expect(formatDate(date)).toBe(expected));

  it.each([
    ['Riverbend Unified School District', 'RUSD'],
    ['Lakeshore Consolidated Schools', 'LCS'],
    ['district of the north', 'D'],
    ['Escuelas de Santa Ana y Alrededores Unidos', 'ESAA'],
  ])('draws %s as %s', (name, initials) => expect(initialsOf(name)).toBe(initials));

  it.each([
    ['Priority', 'Priorities'],
    ['Focus area', 'Focus areas'],
    ['Key performance indicator', 'Key performance indicators'],
    ['Day', 'Days'],
    ['Approach', 'Approaches'],
  ])('says the plural of %s is %s', (word, plural) => expect(pluralOf(word)).toBe(plural));

  it('uses the plan words for its levels, and the format words otherwise', () => {
    expect(levelNamesOf(everyFieldPlan.plan)).toMatchObject({ goal: 'Priority', goals: 'Priorities', action: 'Task' });
    expect(levelNamesOf({})).toMatchObject({ goal: 'Goal', measures: 'Measures', strategies: 'Strategies' });
  });

  it('puts a measure in one table: baseline first, each period with its student groups together, target beside actual', () => {
    const measure = everyFieldPlan.plan.goals[0]!.measures![0]!;
    expect(measureTableRows(measure)).toEqual([
      { period: 'SY24-25 (baseline)', subgroup: 'All students', target: '—', actual: '41.3% proficient' },
      { period: 'SY25-26', subgroup: 'All students', target: '—', actual: '43.9% proficient' },
      { period: 'SY25-26', subgroup: 'Native American', target: '—', actual: '*' },
      { period: 'SY25-26', subgroup: 'Students with disabilities', target: '—', actual: '0% proficient' },
      { period: 'SY26-27', subgroup: 'All students', target: '+10 points', actual: '—' },
      { period: 'June 2030', subgroup: 'All students', target: '60% proficient', actual: '—' },
      { period: 'June 2030', subgroup: 'English learners', target: '45% proficient', actual: '—' },
    ]);
    expect(finalTarget(measure)?.value).toBe(60);
  });

  it('builds a printout that starts with a title page and names every goal', () => {
    const blocks = buildPlanPrintout({ document: everyFieldPlan, organizationName: 'Lakeshore Consolidated Schools' });
    expect(blocks[0]).toEqual({
      kind: 'cover',
      organizationName: 'Lakeshore Consolidated Schools',
      initials: 'LCS',
      title: 'Lakeshore 2030: Every Learner, Every Day',
      lines: ['SY25-26 to June 2030', 'Draft for public comment'],
    });
    const headings = blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual(expect.arrayContaining(['The plan on a page', 'Priorities and vital signs', 'Initiatives and tasks', 'Budget', 'Decision rights', 'Guardrail GR-1: No school goes a year without a climate survey']));
  });
});
