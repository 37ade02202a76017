import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { surveysRepo } from './surveys.repo.js';

/** The district's surveys, newest first, each with its count of responses. */
export function listSurveys(options: { db: Kysely<DB>; organizationId: string }) {
  return surveysRepo.list(options.db, options.organizationId);
}

/** One survey of the district; 404 when it is not the district's. */
export async function readSurvey(options: { db: Kysely<DB>; organizationId: string; surveyId: string }) {
  const survey = await surveysRepo.find(options.db, options.organizationId, options.surveyId);
  if (!survey) throw notFound('Survey');
  return survey;
}
