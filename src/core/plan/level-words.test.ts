import { describe, expect, it } from 'vitest';
import { ownLevelName } from './level-words.js';
import { localizeUnitLabel } from './unit-words.js';
import { studentGroupLabel } from '../monitoring/student-group-names.js';

describe('ownLevelName', () => {
  it.each<[Record<string, string> | undefined, 'goal' | 'action', 'en' | 'es', string | undefined]>([
    [undefined, 'goal', 'es', undefined],
    [{ goal: '  ' }, 'goal', 'en', undefined],
    [{ goal: 'Goal' }, 'goal', 'en', 'Goal'],
    [{ goal: 'GOAL' }, 'goal', 'es', undefined],
    [{ action: 'Action step' }, 'action', 'es', undefined],
    [{ action: 'Action step' }, 'action', 'en', 'Action step'],
    [{ goal: 'Priority' }, 'goal', 'es', 'Priority'],
    [{ goal: 'Prioridad' }, 'goal', 'es', 'Prioridad'],
  ])('%j %s in %s is %s', (names, level, locale, expected) => {
    expect(ownLevelName(names, level, locale)).toBe(expected);
  });
});

describe('localizeUnitLabel', () => {
  it.each([
    ['months', 'es', 'meses'],
    [' Days ', 'es', 'días'],
    ['months', 'en', 'months'],
    ['% proficient', 'es', '% proficient'],
  ] as const)('%s in %s reads %s', (label, locale, expected) => {
    expect(localizeUnitLabel(label, locale)).toBe(expected);
  });
});

describe('studentGroupLabel', () => {
  it.each([
    ['English learners', 'es', 'Estudiantes de inglés'],
    ['ELL', 'es', 'Estudiantes de inglés'],
    ['Hispanic/Latino', 'es', 'Hispanos o latinos'],
    ['English learners', 'en', 'English learners'],
    ['Grade 3 cohort', 'es', 'Grade 3 cohort'],
  ] as const)('%s in %s reads %s', (name, locale, expected) => {
    expect(studentGroupLabel(name, locale)).toBe(expected);
  });
});
