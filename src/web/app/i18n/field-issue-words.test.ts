import { describe, expect, it } from 'vitest';
import { commonEn, commonEs } from './common.messages';
import { describeFieldIssue } from './field-issue-words';
import type { Dictionaries } from './message-catalogue';

// The shell's own words are enough: every fieldIssue.* message lives in common.messages.ts.
const dictionaries = { en: commonEn, es: commonEs } as unknown as Dictionaries;

describe('describeFieldIssue', () => {
  it.each([
    ['en', { path: '/endDate', message: 'must be on or after the start date', code: 'end_before_start' }, 'must be on or after the start date'],
    ['es', { path: '/endDate', message: 'must be on or after the start date', code: 'end_before_start' }, 'La fecha de fin debe ser igual o posterior a la de inicio.'],
    ['es', { path: '/name', message: 'Too big', code: 'too_long', params: { maximum: 200 } }, 'Use como máximo 200 caracteres.'],
    ['es', { path: '/reason', message: 'is required to waive an item' }, 'Este valor no es válido.'],
    ['es', { path: '/x', message: 'odd', code: 'a_code_from_a_newer_server' }, 'Este valor no es válido.'],
  ] as const)('in %s, %j reads %s', (locale, detail, expected) => {
    expect(describeFieldIssue(dictionaries, locale, detail)).toBe(expected);
  });

  it('has every code the server sends, in both languages', async () => {
    const { fieldIssueCodes } = await import('../../../core/platform/field-issues');
    for (const code of fieldIssueCodes) {
      expect(commonEn, code).toHaveProperty([`fieldIssue.${code}`]);
      expect(commonEs, code).toHaveProperty([`fieldIssue.${code}`]);
    }
  });
});
