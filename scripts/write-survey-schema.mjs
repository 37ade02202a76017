#!/usr/bin/env node
// Writes docs/survey-v1.schema.json from the zod schema of survey/v1 (src/core/engagement/survey-format.ts).
// Run after changing the format: `node scripts/write-survey-schema.mjs`. A unit test fails while the
// committed file and the zod schema disagree. Vite's module runner loads the TypeScript source as is.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { module } = await runnerImport(path.join(root, 'src/core/engagement/survey-json-schema.ts'), { root, configFile: false, logLevel: 'error' });
const target = path.join(root, module.SURVEY_SCHEMA_FILE);
writeFileSync(target, module.surveyJsonSchemaText());
console.log(`Wrote ${path.relative(root, target)}`);
