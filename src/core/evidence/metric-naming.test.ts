import { describe, expect, it } from 'vitest';
import type { MetricUnit } from './dataset-mapping.js';
import { directionFromWords, metricKeyOf, readableLabel, unitFromWords } from './metric-naming.js';

describe('metricKeyOf', () => {
  it.each([
    ['% Level 3+4', 'pct_level_3_4'],
    ['pass_rate', 'pass_rate'],
    ['Chronic Absenteeism Rate', 'chronic_absenteeism_rate'],
    ['# Female', 'number_female'],
    ['Élèves inscrits', 'eleves_inscrits'],
    ['2023 Score', 'm_2023_score'],
    ['', 'value'],
    ['***', 'value'],
    ['x'.repeat(100), 'x'.repeat(60)],
  ])('%j -> %j', (label, key) => {
    expect(metricKeyOf(label)).toBe(key);
    expect(metricKeyOf(label)).toMatch(/^[a-z][a-z0-9_]{0,59}$/);
  });
});

describe('readableLabel', () => {
  it.each([
    ['pass_rate', 'Pass rate'],
    ['%_DISC_POP', '% disc pop'],
    ['percent', 'Percent'],
    ['% Level 3+4', '% Level 3+4'],
    ['  Graduation   Rate ', 'Graduation Rate'],
    ['_', '_'],
    ['', 'Value'],
  ])('%j -> %j', (label, readable) => {
    expect(readableLabel(label)).toBe(readable);
  });
});

describe('unitFromWords', () => {
  it.each<[string, number[], MetricUnit]>([
    ['% Level 3+4', [], 'percent'],
    ['Percent Proficient', [], 'percent'],
    ['pct_met', [], 'percent'],
    ['pass_rate', [0, 100], 'percent'],
    ['Suspensions per 1,000 students rate', [0, 430], 'rate'],
    ['n_students', [], 'count'],
    ['Total Enrollment', [], 'count'],
    ['Economic Need Index', [], 'number'],
  ])('%j -> %s', (label, values, unit) => {
    expect(unitFromWords(label, values)).toBe(unit);
  });
});

describe('directionFromWords', () => {
  it.each<[string, boolean | null]>([
    ['Chronic absenteeism', false],
    ['Out-of-school suspension rate', false],
    ['Discipline incidents', false],
    ['Dropout rate', false],
    ['ELA % Level 3+4', true],
    ['Pass rate', true],
    ['Graduation rate', true],
    ['Percent Proficient', true],
    ['Meets Grade Level', true],
    ['% Female', null],
    ['Enrollment', null],
  ])('%j -> %s', (label, direction) => {
    expect(directionFromWords(label)).toBe(direction);
  });
});
