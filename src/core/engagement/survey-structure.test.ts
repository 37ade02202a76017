import { describe, expect, it } from 'vitest';
import type { SurveyDocument } from './survey-format.js';
import { structuralChange } from './survey-structure.js';

const base: SurveyDocument = {
  format: 'survey/v1',
  title: { en: 'Family survey', es: 'Encuesta' },
  mode: 'anonymous',
  languages: ['en', 'es'],
  questions: [
    { key: 'role', type: 'single', text: { en: 'Role', es: 'Rol' }, demographic: 'role', options: [{ key: 'parent', text: { en: 'Parent', es: 'Padre' } }, { key: 'staff', text: { en: 'Staff', es: 'Personal' } }] },
    { key: 'safe', type: 'likert', scale: 'agreement-5', text: { en: 'Safe?', es: '¿Seguro?' }, required: true },
  ],
};
const edit = (change: (doc: SurveyDocument) => void) => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

describe('structuralChange', () => {
  it.each([
    ['nothing', (_: SurveyDocument) => {}, null],
    ['a title and an option text', (d: SurveyDocument) => { d.title.en = 'Our families'; d.questions[0]!.options![1]!.text.es = 'Personal escolar'; }, null],
    ['help and an intro added', (d: SurveyDocument) => { d.questions[1]!.help = { en: 'Think of this year' }; d.intro = { en: 'Hi' }; }, null],
    ['a language added', (d: SurveyDocument) => { d.languages.push('ar'); }, null],
    ['extensions', (d: SurveyDocument) => { d.extensions = { tool: 1 }; }, null],
    ['a language removed', (d: SurveyDocument) => { d.languages = ['en']; }, '/languages'],
    ['a question type', (d: SurveyDocument) => { d.questions[1]!.type = 'single'; }, '/questions/1/type'],
    ['an option key', (d: SurveyDocument) => { d.questions[0]!.options![1]!.key = 'teacher'; }, '/questions/0/options/1/key'],
    ['an option added', (d: SurveyDocument) => { d.questions[0]!.options!.push({ key: 'other', text: { en: 'Other' } }); }, '/questions/0/options/2'],
    ['required dropped', (d: SurveyDocument) => { delete d.questions[1]!.required; }, '/questions/1/required'],
    ['the mode', (d: SurveyDocument) => { d.mode = 'identified'; }, '/mode'],
    ['a question removed', (d: SurveyDocument) => { d.questions.pop(); }, '/questions/1'],
  ] as const)('%s -> %s', (_name, change, expected) => {
    expect(structuralChange(base, edit(change))).toBe(expected);
  });
});
