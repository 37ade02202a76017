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
/**
 * Lookups under way: when a remembered survey expires under load, the 50 responses then arriving
 * share one query instead of sending 50. Only while nothing has been committed since it started,
 * so a response arriving after a close never rides on a lookup made before it.
 */
const underWay = new Map<string, { epoch: number; lookup: Promise<SurveyByCode | undefined> }>();

export function findSurveyByCode(db: Kysely<DB>, code: string): Promise<SurveyByCode | undefined> {
  const now = Date.now();
  const epoch = writeEpoch();
  const hit = remembered.get(code);
  if (hit && hit.epoch === epoch && now - hit.at < MAX_AGE_MS) return Promise.resolve(hit.survey);
  const pending = underWay.get(code);
  if (pending && pending.epoch === epoch) return pending.lookup;
  const lookup = surveysRepo.findByCode(db, code).then((survey) => {
    if (remembered.size >= MAX_CODES) remembered.clear();
    // Only a survey found is remembered: an unknown code costs a guesser a query each time, not memory.
    if (survey) remembered.set(code, { epoch, at: now, survey });
    return survey;
  });
  underWay.set(code, { epoch, lookup });
  const forget = () => {
    if (underWay.get(code)?.lookup === lookup) underWay.delete(code);
  };
  lookup.then(forget, forget);
  return lookup;
}
