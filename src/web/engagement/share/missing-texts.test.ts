import { describe, expect, it } from 'vitest';
import type { SurveyDocument } from '../../../core/engagement/survey-format';
import { missingTextsOf } from './missing-texts';

const document = { languages: ['en', 'es', 'ar'] } as SurveyDocument;
const detail = (path: string, params?: Record<string, string>, code = 'missing_translation') => ({ path, message: 'needs its text', code, ...(params ? { params } : {}) });

describe('missingTextsOf', () => {
  it.each([
    ['language last and as a param', detail('/questions/12/text/es', { language: 'es' }), { path: '/questions/12/text', language: 'es' }],
    ['language last only', detail('/title/ar'), { path: '/title', language: 'ar' }],
    ['language as a param only', detail('/questions/2/options', { language: 'ar', key: 'agree' }), { path: '/questions/2/options', language: 'ar', key: 'agree' }],
    ['a scale point not listed yet', detail('/questions/2/options/ar', { language: 'ar' }), { path: '/questions/2/options', language: 'ar' }],
    ['the respondent page’s own words', detail('/page_texts/ar', { language: 'ar' }), { path: '/page_texts', language: 'ar' }],
  ])('%s', (_, given, expected) => {
    expect(missingTextsOf([given], document)).toEqual([expected]);
  });

  it('keeps only missing translations', () => {
    expect(missingTextsOf([detail('/title', undefined, 'required')], document)).toEqual([]);
  });
});
