import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { forbidden, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { updatesRepo } from './updates.repo.js';
import { presentEvidence } from './updates.present.js';

export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;

const startsWith = (bytes: Buffer, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
// Text must be text: no NUL bytes, so a binary file cannot pass as .csv or .txt.
const isText = (bytes: Buffer) => !bytes.includes(0);

/** The files an update may carry, each with a check that the bytes are what the type says. */
export const evidenceTypes: Record<string, { extension: string; looksRight: (bytes: Buffer) => boolean }> = {
  'application/pdf': { extension: 'pdf', looksRight: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46]) },
  'image/png': { extension: 'png', looksRight: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  'image/jpeg': { extension: 'jpg', looksRight: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  'text/csv': { extension: 'csv', looksRight: isText },
  'text/plain': { extension: 'txt', looksRight: isText },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extension: 'xlsx', looksRight: (b) => startsWith(b, ZIP) },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extension: 'docx', looksRight: (b) => startsWith(b, ZIP) },
};

/** The media type without its parameters ("text/csv; charset=utf-8" is text/csv). */
export const mediaTypeOf = (header: string | undefined) => (header ?? '').split(';')[0]!.trim().toLowerCase();

/** A name safe to store and to send back: no folders, no control characters. */
function cleanFileName(name: string) {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  return base.replace(/[\p{Cc}\p{Cf}]+/gu, '').trim().slice(0, 200);
}

/**
 * Attaches an evidence file to an update: one of the allowed types, its bytes matching the type,
 * at most 5 MB (larger bodies are refused with 413 before they get here). The update's author
 * may attach, and planners.
 */
export async function addUpdateEvidence(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  updateId: string;
  fileName: string;
  contentType: string | undefined;
  content: unknown;
  canManage: boolean;
}) {
  const { db, actor, organizationId, updateId, canManage } = options;
  const update = await updatesRepo.findUpdate(db, organizationId, updateId);
  if (!update) throw notFound('Update');
  if (!canManage && (!actor.userId || update.author_id !== actor.userId)) throw forbidden('Only the author of the update, or a planner, may attach evidence to it');
  const contentType = mediaTypeOf(options.contentType);
  const type = evidenceTypes[contentType];
  if (!type) throw invalidInput('headers/content-type', `must be one of PDF, PNG, JPEG, CSV, XLSX, DOCX or plain text (${Object.keys(evidenceTypes).join(', ')})`, { code: 'unsupported_file_type', params: { types: 'PDF, PNG, JPEG, CSV, XLSX, DOCX, TXT' } });
  const content = options.content;
  if (!Buffer.isBuffer(content) || content.length === 0) throw invalidInput('/', 'send the file as the request body', { code: 'file_required' });
  if (content.length > EVIDENCE_MAX_BYTES) throw invalidInput('/', 'must be at most 5 MB', { code: 'file_too_large', params: { megabytes: 5 } });
  if (!type.looksRight(content)) throw invalidInput('headers/content-type', `does not match the file: it is not a ${type.extension.toUpperCase()} file`, { code: 'file_type_mismatch', params: { type: type.extension.toUpperCase() } });
  const fileName = cleanFileName(options.fileName);
  if (!fileName) throw invalidInput('query/fileName', 'is required', { code: 'required' });
  return inTransaction(db, async (trx) => {
    const row = await updatesRepo.insertEvidence(trx, { updateId, organizationId, fileName, contentType, content });
    const evidence = presentEvidence(row);
    await recordAuditEvent(trx, actor, { organizationId, action: 'update_evidence.added', entityType: 'element_update', entityId: updateId, after: evidence });
    return evidence;
  });
}

/** The stored file of an update's evidence, for download. */
export async function loadEvidenceFile(options: { db: Kysely<DB>; organizationId: string; updateId: string; evidenceId: string }) {
  const file = await updatesRepo.findEvidenceFile(options.db, options.organizationId, options.updateId, options.evidenceId);
  if (!file) throw notFound('Evidence file');
  return file;
}
