import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';

/** ../shared/spec beside the checkout; tests that need it skip, saying why, when it is absent. */
export const sharedSpecDir = path.resolve(projectRoot, '..', 'shared', 'spec');
export const hasSharedSpec = existsSync(sharedSpecDir);
export const missingSharedSpec = `../shared/spec is absent (${sharedSpecDir}), so the published examples were not tried`;

export function readSpecExample(name: string): unknown {
  return JSON.parse(readFileSync(path.join(sharedSpecDir, 'examples', name), 'utf8'));
}

export function invalidSpecExamples(): Array<{ file: string; document: unknown }> {
  const dir = path.join(sharedSpecDir, 'examples', 'invalid');
  return readdirSync(dir).map((file) => ({ file, document: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) }));
}
