import { describe, expect, it } from 'vitest';
import { storedPageTextKeys } from '../../../core/engagement/page-texts';
import { pageTextKeys } from '../../../core/engagement/respondent-page-words';
import { languageCodeProblem, pageTextLanguages, pageTextRows, pageTextsToSave } from './page-text-drafts';

describe('the page texts screen', () => {
  it.each<[string, Parameters<typeof pageTextLanguages>[0], string[]]>([
    ['survey languages other than English and Spanish, once each', { surveyLanguages: ['en', 'es', 'ar', 'vi', 'ar', 'es-MX'], stored: {}, added: [] }, ['ar', 'vi']],
    ['then stored ones, then typed ones, whatever their case', { surveyLanguages: ['ar'], stored: { so: {}, AR: {} }, added: ['zh-Hant', 'SO'] }, ['ar', 'so', 'zh-Hant']],
    ['nothing to offer', { surveyLanguages: ['en'], stored: {}, added: [] }, []],
  ])('offers %s', (_, options, expected) => {
    expect(pageTextLanguages(options)).toEqual(expected);
  });

  it.each<[string, ReturnType<typeof languageCodeProblem>]>([
    ['vi', null],
    ['zh-Hant', null],
    ['Vietnamese', 'code'],
    ['', 'code'],
    ['en', 'builtIn'],
    ['es-419', 'builtIn'],
  ])('a typed code “%s”: %s', (code, expected) => {
    expect(languageCodeProblem(code)).toBe(expected);
  });

  it('shows each English text with the saved or typed one, what is missing and what is wrong', () => {
    const rows = pageTextRows('ar', { ar: { next: 'التالي', pageOf: 'الصفحة {page} من {pages}' } }, { ar: { pageOf: 'الصفحة {page}', send: 'أرسل', back: ' ' } });
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(rows).toHaveLength(storedPageTextKeys.length);
    // The survey page's texts first, then the conversation page's under their own heading.
    expect(rows.findIndex((r) => r.page === 'conversation')).toBe(pageTextKeys.length);
    expect(row('conversation.start')).toMatchObject({ english: 'Start', page: 'conversation', isMissing: true });
    expect(row('next')).toMatchObject({ english: 'Next', text: 'التالي', isMissing: false, problem: null, placeholders: '' });
    expect(row('pageOf')).toMatchObject({ text: 'الصفحة {page}', problem: 'placeholders', placeholders: '{page}, {pages}' });
    expect(row('send')).toMatchObject({ text: 'أرسل', isMissing: false });
    expect(row('back')).toMatchObject({ isMissing: true, problem: null });
    expect(row('skip')).toMatchObject({ text: '', isMissing: true });
    expect(rows.filter((r) => r.isMissing)).toHaveLength(storedPageTextKeys.length - 3);
  });

  it('saves every stored language with the typed texts over it, trimmed, a cleared text left out', () => {
    expect(pageTextsToSave({ ar: { next: 'التالي', back: 'السابق' }, so: { next: 'Xiga' } }, { ar: { back: '', send: ' أرسل ' }, vi: { next: 'Tiếp' }, fa: { next: ' ' } })).toEqual({
      ar: { next: 'التالي', send: 'أرسل' },
      so: { next: 'Xiga' },
      vi: { next: 'Tiếp' },
    });
  });
});
