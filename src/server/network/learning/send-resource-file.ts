import type { FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { learningRepo } from './learning.repo.js';
import { reachCohort, type CohortReader } from './reach-cohort.js';

/**
 * Sends a library file as a download: as it came, never shown inline and sandboxed, so a file
 * cannot run as a page of ours (the same headers as enrolment documents and evidence).
 */
export async function sendResourceFile(options: { db: Kysely<DB>; reply: FastifyReply; reader: CohortReader; cohortId: string; resourceId: string }) {
  const { db, reply, reader, resourceId } = options;
  const cohort = await reachCohort(db, reader, options.cohortId);
  const file = await learningRepo.findResourceFile(db, cohort.cohortId, resourceId);
  if (!file || !file.content || !file.file_name) throw notFound('File');
  const ascii = file.file_name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '').trim() || 'resource';
  return reply
    .type(file.content_type ?? 'application/octet-stream')
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.file_name)}`)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .send(file.content);
}
