import { describe, expect, it } from 'vitest';
import type { DemographicQuestion } from './conversation-format.js';
import { checkDemographicAnswers, conversationMissingTranslations, conversationStructuralChange, conversationTextProblems } from './conversation-texts.js';

const role: DemographicQuestion = {
  key: 'role',
  type: 'single',
  demographic: 'role',
  required: true,
  text: { en: 'Which best describes you?', es: '¿Qué le describe mejor?' },
  options: [
    { key: 'parent', text: { en: 'Parent', es: 'Madre o padre' } },
    { key: 'staff', text: { en: 'Staff' } },
  ],
};
const prompt = { en: 'What should our graduates be able to do?', es: '¿Qué deberían saber hacer nuestros graduados?' };

describe('conversation texts', () => {
  it('finds no problem in a good conversation, with or without demographic questions', () => {
    expect(conversationTextProblems({ prompt, languages: ['en', 'es'], demographics: [] })).toEqual([]);
    expect(conversationTextProblems({ prompt, languages: ['en', 'es'], demographics: [role] })).toEqual([]);
  });

  it('names each problem at the conversation’s own pointer', () => {
    const problems = conversationTextProblems({ prompt: { ...prompt, fr: 'Quoi ?' }, languages: ['en', 'es', 'en'], demographics: [role, { ...role, options: undefined }] });
    expect(problems.map((p) => [p.path, p.code])).toEqual(
      expect.arrayContaining([
        ['/languages/2', 'duplicate'],
        ['/prompt/fr', 'language_not_listed'],
        ['/demographics/1/key', 'duplicate'],
        ['/demographics/1/options', 'required'],
      ]),
    );
  });

  it('lists the translations still missing, prompt and questions alike', () => {
    expect(conversationMissingTranslations({ prompt: { en: prompt.en }, languages: ['en', 'es'], demographics: [role] }).map((m) => `${m.path} ${m.language}`)).toEqual([
      '/prompt es',
      '/demographics/0/options/1/text es',
    ]);
    expect(conversationMissingTranslations({ prompt, languages: ['en', 'es'], demographics: [] })).toEqual([]);
  });

  it('checks a participant’s demographic answers like survey answers, at /demographics/<key>', () => {
    const texts = { prompt, languages: ['en', 'es'], demographics: [role] };
    expect(checkDemographicAnswers(texts, { role: 'parent' })).toEqual({ ok: true, answers: { role: 'parent' } });
    const wrong = checkDemographicAnswers(texts, { role: 'mayor', age: 3 });
    expect(wrong.ok ? [] : wrong.problems.map((p) => [p.path, p.code])).toEqual(expect.arrayContaining([['/demographics/role', 'invalid_choice'], ['/demographics/age', 'unknown_field']]));
    const none = checkDemographicAnswers({ ...texts, demographics: [] }, { role: 'parent' });
    expect(none.ok ? [] : none.problems.map((p) => p.path)).toEqual(['/demographics/role']);
    expect(checkDemographicAnswers({ ...texts, demographics: [] }, {})).toEqual({ ok: true, answers: {} });
  });

  it('allows an open conversation new words and languages, not fewer languages or other questions', () => {
    const before = { prompt, languages: ['en', 'es'], demographics: [role] };
    expect(conversationStructuralChange(before, { ...before, prompt: { en: 'What matters most?', es: '¿Qué importa más?' }, languages: ['en', 'es', 'vi'] })).toBeNull();
    expect(conversationStructuralChange(before, { ...before, languages: ['en'] })).toBe('/languages');
    expect(conversationStructuralChange(before, { ...before, demographics: [{ ...role, options: role.options!.slice(0, 1) }] })).toMatch(/^\/demographics\/0\/options/);
    expect(conversationStructuralChange(before, { ...before, demographics: [] })).toMatch(/^\/demographics/);
  });
});
