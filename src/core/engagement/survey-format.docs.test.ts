import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from './check-answers.js';
import { missingTranslations } from './missing-translations.js';
import { SURVEY_SCHEMA_FILE, surveyJsonSchema, surveyJsonSchemaText } from './survey-json-schema.js';
import { validateSurveyDocument } from './validate-survey-document.js';

const root = path.resolve(import.meta.dirname, '../../..');
const guide = readFileSync(path.join(root, 'docs/survey-format.md'), 'utf8');

/** The JSON block that follows `<!-- example: name -->` in docs/survey-format.md. */
function example(name: string): unknown {
  const match = new RegExp(`<!-- example: ${name} -->\\s*\`\`\`json\\n([\\s\\S]*?)\`\`\``).exec(guide);
  if (!match) throw new Error(`docs/survey-format.md has no example "${name}"`);
  return JSON.parse(match[1]!);
}

describe('docs/survey-format.md and docs/survey-v1.schema.json', () => {
  it('the committed JSON Schema is what the zod schema generates (run node scripts/write-survey-schema.mjs)', () => {
    expect(readFileSync(path.join(root, SURVEY_SCHEMA_FILE), 'utf8')).toBe(surveyJsonSchemaText());
  });

  it("the example document is valid, complete in both languages, and its answers are taken", () => {
    const result = validateSurveyDocument(example('survey'));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(missingTranslations(result.document)).toEqual([]);
    const answers = checkAnswers(result.document, example('answers'));
    expect(answers.ok ? [] : answers.problems).toEqual([]);
  });

  it('export then import returns the example unchanged: validated, written out and read back, it is the same document', () => {
    const original = example('survey');
    const imported = validateSurveyDocument(original);
    if (!imported.ok) throw new Error('the example is not valid');
    const exported = JSON.stringify(imported.document);
    const reimported = validateSurveyDocument(JSON.parse(exported));
    expect(imported.document).toEqual(original);
    expect(reimported.ok && reimported.document).toEqual(original);
    expect(JSON.parse(exported)).toEqual(original);
  });

  it('the JSON Schema takes the example and refuses what the zod schema refuses', () => {
    const validate = new Ajv2020({ strict: false }).compile(surveyJsonSchema());
    expect(validate(example('survey')), JSON.stringify(validate.errors)).toBe(true);
    const survey = example('survey') as Record<string, unknown>;
    for (const broken of [{ ...survey, format: 'survey/v2' }, { ...survey, colour: 'red' }, { ...survey, title: {} }, { ...survey, languages: ['EN'] }, { ...survey, questions: [] }]) {
      expect(validate(broken), JSON.stringify(broken).slice(0, 80)).toBe(false);
      expect(validateSurveyDocument(broken).ok).toBe(false);
    }
  });

  it('documents every field of a question', () => {
    const schema = surveyJsonSchema() as { properties: { questions: { items: { properties: Record<string, unknown> } } } };
    for (const field of Object.keys(schema.properties.questions.items.properties)) expect(guide, field).toContain(`\`${field}\``);
  });
});
