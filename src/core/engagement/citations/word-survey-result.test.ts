import { describe, expect, it } from 'vitest';
import type { QuestionResult } from '../survey-results-types.js';
import { wordSurveyResult } from './word-survey-result.js';

const title = { en: 'Family survey', es: 'Encuesta a las familias' };
const hidden = { suppressed: true as const, reason: 'small_group' as const };
const option = (key: string, en: string, es: string, all: number | typeof hidden) => ({ key, label: { en, es }, counts: { all } });

const likert: QuestionResult = {
  key: 'welcome',
  type: 'likert',
  text: { en: 'I feel welcome', es: 'Me siento bienvenido' },
  answered: { all: 200 },
  options: [option('disagree', 'Disagree', 'En desacuerdo', 40), option('neutral', 'Neutral', 'Neutral', 16), option('agree', 'Agree', 'De acuerdo', 100), option('strongly_agree', 'Strongly agree', 'Muy de acuerdo', 44), option('dont_know', "Don't know", 'No sé', 0)],
};

describe('a survey result worded as evidence', () => {
  it.each([
    ['likert, top two points', likert, 'en', 'Family survey: I feel welcome: 72% strongly agree or agree (n = 200)'],
    ['likert in Spanish', likert, 'es', 'Encuesta a las familias: Me siento bienvenido: 72 % muy de acuerdo o de acuerdo (n = 200)'],
    ['single, the most chosen', { key: 'bus', type: 'single', text: { en: 'How do they get to school?', es: '¿Cómo llegan?' }, answered: { all: 50 }, options: [option('walk', 'Walk', 'A pie', 10), option('bus', 'Bus', 'Autobús', 30), option('car', 'Car', 'Coche', 10)] }, 'en', 'Family survey: How do they get to school?: 60% chose “Bus” (n = 50)'],
    ['a hidden top option words no figure', { key: 'bus', type: 'single', text: { en: 'Bus?', es: '¿Bus?' }, answered: { all: 50 }, options: [option('yes', 'Yes', 'Sí', hidden)] }, 'en', 'Family survey: Bus? (n = 50)'],
    ['number, the mean', { key: 'kids', type: 'number', text: { en: 'Children at home', es: 'Hijos' }, answered: { all: 12 }, summary: { all: { n: 12, mean: 2.25, median: 2, min: 1, max: 5 } } }, 'en', 'Family survey: Children at home: average 2.3 (n = 12)'],
    ['open text, how many wrote', { key: 'why', type: 'text', text: { en: 'Why?', es: '¿Por qué?' }, answered: { all: 1234 } }, 'en', 'Family survey: Why? (1,234 written answers)'],
    ['a suppressed total, the question only', { ...likert, answered: { all: hidden } }, 'en', 'Family survey: I feel welcome'],
  ] as const)('%s', (_, question, language, expected) => {
    expect(wordSurveyResult({ surveyTitle: title, question: question as QuestionResult, language, fallbacks: ['en'] }).replace(/\u00a0/g, ' ')).toBe(expected);
  });
});
