import type { FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { membersRepo } from '../members/members.repo.js';

/**
 * Sends an enrolment document as a download: the uploaded file as it came (never shown inline, so a
 * file cannot run as a page of ours), or a signed form as plain text with who signed it and when.
 */
export async function sendEnrolmentDocument(options: { db: Kysely<DB>; reply: FastifyReply; cohortId: string; districtId: string; documentId: string }) {
  const { db, reply, cohortId, districtId, documentId } = options;
  const document = await membersRepo.findDocumentFile(db, cohortId, districtId, documentId);
  if (!document) throw notFound('Document');
  const fileName = document.file_name ?? `${document.kind.replaceAll('_', '-')}-signed.txt`;
  const body = document.content ?? Buffer.from(`${document.statement}\n\nSigned in Waymark by ${document.signer_name}, ${document.signer_title}, on ${new Date(document.created_at).toISOString()}.\n`);
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/"/g, '') || 'document';
  return reply
    .type(document.content_type ?? 'text/plain; charset=utf-8')
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .send(body);
}
