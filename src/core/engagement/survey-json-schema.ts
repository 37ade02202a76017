import { z } from 'zod';
import { languageCode, surveyDocumentSchema } from './survey-format.js';

/** Where the published schema lives, from the repository's root. */
export const SURVEY_SCHEMA_FILE = 'docs/survey-v1.schema.json';

/**
 * The JSON Schema of survey/v1, generated from the zod schema so the two never drift:
 * scripts/write-survey-schema.mjs writes it to docs/, and a test holds the committed file to it.
 * What the schema cannot say (keys unique, show_if pointing back, ...) is in docs/survey-format.md.
 */
export function surveyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(surveyDocumentSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return withLanguageMapsNonEmpty({
    $schema,
    title: 'Waymark survey (survey/v1)',
    description: 'A survey as it travels between Waymark and other tools. docs/survey-format.md describes every field and the rules beyond this schema.',
    ...rest,
  }) as Record<string, unknown>;
}

/** The schema as the committed file holds it. */
export function surveyJsonSchemaText(): string {
  return JSON.stringify(surveyJsonSchema(), null, 2) + '\n';
}

// A text map needs one language at least: a zod refinement, which JSON Schema says as minProperties.
const languagePattern = (z.toJSONSchema(languageCode) as { pattern?: string }).pattern;
function withLanguageMapsNonEmpty(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withLanguageMapsNonEmpty);
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).map(([key, value]) => [key, withLanguageMapsNonEmpty(value)] as const);
  const names = (node as { propertyNames?: { pattern?: string } }).propertyNames;
  return Object.fromEntries(names?.pattern && names.pattern === languagePattern ? [...entries, ['minProperties', 1]] : entries);
}
