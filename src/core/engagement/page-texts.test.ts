import { describe, expect, it } from 'vitest';
import { checkPageTexts, englishPageText, missingPageTexts, pageTextKeysOf, placeholderProblem, placeholdersOf, readStoredPageTexts, type PageTexts } from './page-texts.js';
import { builtInPageWords, pageTextKeys, type PageTextKey } from './respondent-page-words.js';

const everyKey = (text: (key: PageTextKey) => string) => Object.fromEntries(pageTextKeys.map((key) => [key, text(key)])) as Record<PageTextKey, string>;
/** Any text that keeps each English text's placeholders: what a complete translation looks like to the checks. */
const complete = everyKey((key) => `ن ${(builtInPageWords.en[key].match(/\{\w+\}/g) ?? []).join(' ')}`);

describe('placeholders', () => {
  it.each([
    ['Page {page} of {pages}', ['page', 'pages']],
    ['{pages} / {page} / {page}', ['page', 'pages']],
    ['No braces here', []],
    ['{not a name} {ok}', ['ok']],
  ])('%s fills in %j', (text, expected) => {
    expect(placeholdersOf(text)).toEqual(expected);
  });

  it.each<[PageTextKey, string, ReturnType<typeof placeholderProblem>]>([
    ['pageOf', 'الصفحة {page} من {pages}', null],
    ['pageOf', '{pages} من {page}', null],
    ['pageOf', 'الصفحة {page}', { missing: ['pages'], extra: [] }],
    ['pageOf', 'الصفحة {page} من {pages} {total}', { missing: [], extra: ['total'] }],
    ['offline', 'لا يوجد اتصال', { missing: ['seconds'], extra: [] }],
    ['next', 'التالي', null],
    ['next', 'التالي {page}', { missing: [], extra: ['page'] }],
    ['by', 'استبيان من {organisation}', { missing: ['organization'], extra: ['organisation'] }],
    ['problem.too_many', 'اختر {maximum} على الأكثر', null],
  ])('%s as “%s”: %j', (key, text, expected) => {
    expect(placeholderProblem(key, text)).toEqual(expected);
  });
});

describe('checkPageTexts', () => {
  const cases: Array<[string, Record<string, Record<string, string>>, Array<{ path: string; code: string }>]> = [
    ['a partial Arabic translation', { ar: { next: 'التالي', pageOf: 'الصفحة {page} من {pages}' } }, []],
    ['nothing at all', {}, []],
    ['English is built in', { en: { next: 'Onward' } }, [{ path: '/page_texts/en', code: 'not_changed_here' }]],
    ['so is Spanish in any region', { 'es-MX': { next: 'Siguiente' } }, [{ path: '/page_texts/es-MX', code: 'not_changed_here' }]],
    ['a language code survey/v1 refuses', { Arabic: { next: 'التالي' } }, [{ path: '/page_texts/Arabic', code: 'invalid_format' }]],
    ['a pointer-unsafe code is escaped', { 'a/b': { next: 'x' } }, [{ path: '/page_texts/a~1b', code: 'invalid_format' }]],
    ['a key the page does not have', { ar: { nextt: 'التالي' } }, [{ path: '/page_texts/ar/nextt', code: 'unknown_field' }]],
    ['an inherited name is no key', { ar: { constructor: 'x' } }, [{ path: '/page_texts/ar/constructor', code: 'unknown_field' }]],
    ['a blank text', { ar: { next: '   ' } }, [{ path: '/page_texts/ar/next', code: 'required' }]],
    ['a text too long', { ar: { next: 'ت'.repeat(501) } }, [{ path: '/page_texts/ar/next', code: 'too_long' }]],
    ['a lost placeholder', { vi: { pageOf: 'Trang {page}' } }, [{ path: '/page_texts/vi/pageOf', code: 'invalid_format' }]],
    ['the same language twice in different case', { 'zh-Hant': { next: '下一步' }, 'zh-hant': { next: '下一步' } }, [{ path: '/page_texts/zh-hant', code: 'duplicate' }]],
  ];
  it.each(cases)('%s', (_, input, expected) => {
    expect(checkPageTexts(input).problems.map(({ path, code }) => ({ path, code }))).toEqual(expected);
  });

  it('says which placeholder is missing, and keeps the texts trimmed', () => {
    const { texts, problems } = checkPageTexts({ ar: { pageOf: 'الصفحة {page}', next: '  التالي ' } });
    expect(problems[0]!.message).toMatch(/must keep the placeholder \{pages\} of the English text/);
    expect(texts).toEqual({ ar: { next: 'التالي' } });
  });

  it('refuses more languages than a district could use', () => {
    const many = Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`x${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`, { next: 'n' }]));
    expect(checkPageTexts(many).problems).toEqual([expect.objectContaining({ path: '/page_texts', code: 'too_many' })]);
  });

  it('takes a complete translation of every key', () => {
    expect(checkPageTexts({ ar: complete }).problems).toEqual([]);
  });
});

describe('missingPageTexts', () => {
  const texts: PageTexts = { ar: complete, vi: { next: 'Tiếp', send: 'Gửi' }, 'zh-Hant': { next: '下一步' } };
  it.each<[string, number]>([
    ['en', 0],
    ['es', 0],
    ['es-MX', 0],
    ['ar', 0],
    ['vi', pageTextKeys.length - 2],
    ['zh-hant', pageTextKeys.length - 1],
    ['fa', pageTextKeys.length],
  ])('%s lacks %i', (language, count) => {
    expect(missingPageTexts(texts, language)).toHaveLength(count);
  });

  it('lists what is missing in the order the English is written', () => {
    expect(missingPageTexts({ vi: { skip: 's' } }, 'vi').slice(0, 2)).toEqual(['language', 'by']);
  });
});

describe('readStoredPageTexts', () => {
  it.each<[string, unknown, PageTexts]>([
    ['a well-formed row', { ar: { next: 'التالي' } }, { ar: { next: 'التالي' } }],
    ['not an object', ['ar'], {}],
    ['null', null, {}],
    ['unknown keys, empty texts, non-strings and a built-in language are left out', { ar: { next: '', send: 3, nope: 'x', back: 'رجوع' }, en: { next: 'N' }, vi: 'x' }, { ar: { back: 'رجوع' } }],
  ])('%s', (_, stored, expected) => {
    expect(readStoredPageTexts(stored)).toEqual(expected);
  });
});

describe('the conversation page’s texts beside the survey page’s', () => {
  const conversationComplete = Object.fromEntries(pageTextKeysOf('conversation').map((key) => [key, `ن ${(englishPageText(key).match(/\{\w+\}/g) ?? []).join(' ')}`]));

  it('are checked as the survey page’s: known keys, placeholders kept', () => {
    const { texts, problems } = checkPageTexts({ ar: { 'conversation.start': ' ابدأ ', 'conversation.codeSent': 'أرسلنا رمزًا', 'conversation.nope': 'x', 'conversation.policy.spam': 'إعلان' } });
    expect(texts).toEqual({ ar: { 'conversation.start': 'ابدأ', 'conversation.policy.spam': 'إعلان' } });
    expect(problems.map((problem) => [problem.path, problem.code])).toEqual([
      ['/page_texts/ar/conversation.codeSent', 'invalid_format'],
      ['/page_texts/ar/conversation.nope', 'unknown_field'],
    ]);
  });

  it.each<[string, PageTexts, 'survey' | 'conversation', number]>([
    ['a survey needs none of the conversation page’s', { ar: complete }, 'survey', 0],
    ['a conversation needs all of its own', { ar: complete }, 'conversation', pageTextKeysOf('conversation').length],
    ['all of them written', { ar: { ...complete, ...conversationComplete } }, 'conversation', 0],
    ['built in for Spanish', {}, 'conversation', 0],
  ])('%s', (_label, texts, page, count) => {
    expect(missingPageTexts(texts, page === 'conversation' && count === 0 && !Object.keys(texts).length ? 'es' : 'ar', page)).toHaveLength(count);
  });

  it('include the moderation policy, from the published policy', () => {
    expect(englishPageText('conversation.policy.intro')).toMatch(/^Every idea is welcome/);
    expect(readStoredPageTexts({ ar: { 'conversation.start': 'ابدأ', 'conversation.x': 'y' } })).toEqual({ ar: { 'conversation.start': 'ابدأ' } });
  });
});
