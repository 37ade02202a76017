import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { breakdownQuestions } from '../../../core/engagement/tally-survey-results.js';
import { missingTranslations } from '../../../core/engagement/missing-translations.js';
import { validateSurveyDocument } from '../../../core/engagement/validate-survey-document.js';
import { loadTemplates } from '../../process/templates/load-templates.js';
import { projectRoot } from '../../config.js';
import { surveyStarters } from './survey-starters.js';

const templateIds = new Set(loadTemplates(`${projectRoot}/templates`).map((template) => template.id));

describe('the survey starter library', () => {
  it('lists every starter file once', () => {
    const files = readdirSync(fileURLToPath(new URL('.', import.meta.url))).filter((name) => name.endsWith('.json'));
    expect(surveyStarters.map((starter) => `${starter.key}.json`).sort()).toEqual(files.sort());
  });

  it.each(surveyStarters.map((starter) => [starter.key, starter] as const))('%s is a valid survey/v1 document, complete in English and Spanish', (_key, starter) => {
    const validation = validateSurveyDocument(starter.document);
    expect(validation.ok ? [] : validation.problems).toEqual([]);
    expect(starter.document.languages).toEqual(['en', 'es']);
    expect(missingTranslations(starter.document)).toEqual([]);
    expect(Object.keys(starter.description).sort()).toEqual(['en', 'es']);
    for (const framework of starter.frameworks) expect(templateIds, framework).toContain(framework);
  });

  it.each(surveyStarters.map((starter) => [starter.key, starter] as const))('%s asks who answered (role, school, grade band, race/ethnicity, home language) and mixes question types', (_key, starter) => {
    const demographics = starter.document.questions.map((question) => question.demographic).filter((kind) => typeof kind === 'string');
    for (const kind of ['role', 'school', 'race_ethnicity', 'home_language']) expect(demographics).toContain(kind);
    expect(starter.document.questions.some((question) => question.demographic === 'grade_band')).toBe(true);
    expect(new Set(starter.document.questions.map((question) => question.type)).size).toBeGreaterThanOrEqual(4);
    // Results can be broken down by role, so the role question must be one results may use.
    expect(breakdownQuestions(starter.document).map((question) => question.key)).toContain('role');
  });
});
