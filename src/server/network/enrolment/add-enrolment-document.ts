import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { EnrolmentDocumentKind } from '../tables.js';
import { membersRepo } from '../members/members.repo.js';

export const ENROLMENT_FILE_MAX_BYTES = 10 * 1024 * 1024;

/**
 * A district adds an enrolment document to its invitation: a file (the signed PDF the state asks
 * for) or a form signed in Waymark (who, their title, what they commit to; when is the row's time).
 */
export function addEnrolmentDocument(options: {
  db: Kysely<DB>;
  actor: Actor;
  districtId: string;
  cohortId: string;
  kind: EnrolmentDocumentKind;
  document: { file: { fileName: string; contentType: string; content: Buffer } } | { signed: { signerName: string; signerTitle: string; statement: string } };
}) {
  const { db, actor, districtId, cohortId, kind, document } = options;
  if ('file' in document && document.file.content.length === 0) throw new AppError('invalid_input', 'The file is empty', [{ path: '/file', message: 'is empty', code: 'file_required' }]);
  return inTransaction(db, async (trx) => {
    const member = await membersRepo.lock(trx, cohortId, districtId);
    if (!member) throw notFound('Cohort');
    if (member.status === 'withdrawn') throw new AppError('conflict', 'The district has left this cohort', [{ path: '/kind', message: 'the district has left this cohort', code: 'already_closed' }]);
    const row = await membersRepo.insertDocument(trx, { cohortId, districtId, kind, createdBy: actor.userId, ...document });
    for (const organizationId of [districtId, member.organization_id]) {
      await recordAuditEvent(trx, actor, {
        organizationId,
        action: 'cohort.enrolment_document_added',
        entityType: 'enrolment_document',
        entityId: row.id,
        after: { cohortId, kind, fileName: row.file_name, signerName: row.signer_name, signerTitle: row.signer_title },
      });
    }
    return (await membersRepo.listDocuments(trx, cohortId, [districtId])).find((document) => document.id === row.id)!;
  });
}
