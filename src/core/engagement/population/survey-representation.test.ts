import { describe, expect, it } from 'vitest';
import { ResponseTable } from '../response-table.js';
import type { Answers, SurveyDocument } from '../survey-format.js';
import { schoolOptionOf, surveyRepresentation } from './survey-representation.js';

const document: SurveyDocument = {
  format: 'survey/v1',
  title: { en: 'Family survey', es: 'Encuesta' },
  mode: 'anonymous',
  languages: ['en', 'es'],
  questions: [
    { key: 'role', type: 'single', demographic: 'role', text: { en: 'You are', es: 'Usted es' }, options: [
      { key: 'families', text: { en: 'A parent', es: 'Madre o padre' } },
      { key: 'staff', text: { en: 'Staff', es: 'Personal' } },
      { key: 'prefer_not', text: { en: 'Prefer not to say', es: 'Prefiero no decir' } },
    ] },
    { key: 'language', type: 'single', demographic: 'home_language', text: { en: 'Language at home', es: 'Idioma en casa' }, options: [
      { key: 'en', text: { en: 'English', es: 'Inglés' } },
      { key: 'es', text: { en: 'Spanish', es: 'Español' } },
    ] },
    { key: 'school', type: 'single', demographic: 'school', text: { en: 'School', es: 'Escuela' }, options: [
      { key: 's1', text: { en: 'Cedar Elementary', es: 'Primaria Cedar' } },
      { key: 's2', text: { en: 'Oak Middle', es: 'Secundaria Oak' } },
    ] },
    { key: 'how', type: 'likert', scale: 'agreement-5', text: { en: 'I feel welcome', es: 'Me siento bienvenido' } },
  ],
};

/** n responses with these answers. */
const many = (n: number, answers: Answers): Answers[] => Array.from({ length: n }, () => answers);
const tableOf = (...groups: Answers[][]) => ResponseTable.of(document, groups.flat());

const population = [
  { dimension: 'role' as const, groups: [{ key: 'families', label: 'Parents and families', count: 900 }, { key: 'staff', label: 'Staff', count: 100 }] },
  { dimension: 'home_language' as const, groups: [{ key: 'english', label: 'English', count: 600 }, { key: 'spanish', label: 'Spanish', count: 400 }] },
];

describe('a survey against who the district serves', () => {
  it('shares and gaps per group, options matched by label, an option of no group listed, a short group flagged', () => {
    const table = tableOf(many(60, { role: 'families', language: 'en' }), many(30, { role: 'staff', language: 'en' }), many(10, { role: 'prefer_not', language: 'es' }));
    const [role, language] = surveyRepresentation({ document, table, population, threshold: 5, gapPoints: 10 });
    expect(role).toMatchObject({ dimension: 'role', question_key: 'role', respondents: 90, unmatched_options: [{ key: 'prefer_not' }] });
    expect(role!.rows).toEqual([
      { key: 'families', label: 'Parents and families', respondents: 60, respondent_share: 66.7, population_share: 90, gap_points: -23.3, is_under_represented: true },
      { key: 'staff', label: 'Staff', respondents: 30, respondent_share: 33.3, population_share: 10, gap_points: 23.3, is_under_represented: false },
    ]);
    // "English"/"Spanish" match the population's labels though the option keys are en/es.
    expect(language!.rows.map((r) => [r.key, r.respondents, r.is_under_represented])).toEqual([
      ['english', 90, false],
      ['spanish', 10, true],
    ]);
  });

  it.each([
    ['a group under the threshold hides its count but keeps its flag', 3, { suppressed: true, reason: 'small_group' }],
    ['a group at the threshold is shown', 5, 5],
  ])('%s', (_, spanish, shown) => {
    const table = tableOf(many(95, { role: 'families', language: 'en' }), many(spanish, { role: 'families', language: 'es' }));
    const language = surveyRepresentation({ document, table, population, threshold: 5, gapPoints: 10 }).find((d) => d.dimension === 'home_language')!;
    const row = language.rows.find((r) => r.key === 'spanish')!;
    expect(row.respondents).toEqual(shown);
    expect(row.is_under_represented).toBe(true);
    // The other group would give the hidden one away (total - shown): hidden too.
    if (typeof shown !== 'number') expect(language.rows.find((r) => r.key === 'english')!.respondents).toEqual({ suppressed: true, reason: 'complement' });
  });

  it('counts only the chosen school, found by an option label in any language', () => {
    const table = tableOf(many(20, { role: 'families', school: 's1' }), many(40, { role: 'staff', school: 's2' }));
    const school = schoolOptionOf(document, 'Primaria Cedar');
    expect(school).toEqual({ questionKey: 'school', optionKey: 's1' });
    const [role] = surveyRepresentation({ document, table, population, school, threshold: 5, gapPoints: 10 });
    expect(role!.respondents).toBe(20);
    expect(schoolOptionOf(document, 'Pine High')).toBeNull();
  });

  it('leaves out a dimension the population has no numbers for', () => {
    const table = tableOf(many(10, { role: 'families' }));
    expect(surveyRepresentation({ document, table, population: population.slice(0, 1), threshold: 5, gapPoints: 10 }).map((d) => d.dimension)).toEqual(['role']);
  });
});
