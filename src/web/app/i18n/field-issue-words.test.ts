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
    ['es', { path: '/correctionNote', message: 'is required: an update for 2025-26 Q1 is already in', code: 'correction_note_required', params: { period: '2025-26 Q1' } }, 'Explique qué cambia esta corrección: ya hay una actualización para 2025-26 Q1.'],
    ['es', { path: '/body', message: 'uses {{a}}, {{b}}, which are not merge fields', code: 'unknown_merge_fields', params: { fields: '{{a}}, {{b}}', count: 2 } }, 'Usa {{a}}, {{b}}, que no son campos combinados.'],
    ['es', { path: '/name', message: '"ELL" already means English learners', code: 'name_taken', params: { name: 'ELL', group: 'English learners' } }, '«ELL» ya designa a English learners; un nombre solo puede designar a un grupo.'],
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

  it('says every code in Spanish words of its own, with the same params as the English', async () => {
    const { fieldIssueCodes } = await import('../../../core/platform/field-issues');
    const texts = (message: unknown) => (typeof message === 'string' ? [message] : Object.values(message as Record<string, string>));
    const params = (message: unknown) => [...new Set(texts(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();
    for (const code of fieldIssueCodes) {
      const key = `fieldIssue.${code}` as keyof typeof commonEs;
      const en = commonEn[key as keyof typeof commonEn];
      const es = commonEs[key];
      expect(texts(es).every((text) => text.trim().length > 0), code).toBe(true);
      expect(es, code).not.toEqual(en);
      if (code !== 'invalid') expect(es, `${code} says more than the fallback`).not.toEqual(commonEs['fieldIssue.invalid']);
      expect(params(es), `${code} uses the params the English uses`).toEqual(params(en));
    }
  });
});
