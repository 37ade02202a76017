import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { writeEpoch } from '../../db/write-epoch.js';
import { surveysRepo } from './surveys.repo.js';

type SurveyByCode = NonNullable<Awaited<ReturnType<typeof surveysRepo.findByCode>>>;

/**
 * Surveys by public code, remembered between responses: ingest reads the same survey for every
 * response, and a busy survey takes many a second. A remembered survey is used only while this
 * process has committed nothing since (opening, closing and saving commit through inTransaction,
 * which moves the write epoch; responses do not) and for at most MAX_AGE_MS, which bounds what a
 * change made by another process (the CLI, a restore) can miss. Dates are judged on every use.
 */
const MAX_AGE_MS = 5_000;
const MAX_CODES = 1_000;
const remembered = new Map<string, { epoch: number; at: number; survey: SurveyByCode | undefined }>();

export async function findSurveyByCode(db: Kysely<DB>, code: string): Promise<SurveyByCode | undefined> {
  const now = Date.now();
  const hit = remembered.get(code);
  if (hit && hit.epoch === writeEpoch() && now - hit.at < MAX_AGE_MS) return hit.survey;
  const epoch = writeEpoch();
  const survey = await surveysRepo.findByCode(db, code);
  if (remembered.size >= MAX_CODES) remembered.clear();
  // Only a survey found is remembered: an unknown code costs a guesser a query each time, not memory.
  if (survey) remembered.set(code, { epoch, at: now, survey });
  return survey;
}
