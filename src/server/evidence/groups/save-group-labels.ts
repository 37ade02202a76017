import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { readStudentGroups } from '../../monitoring/student-groups/read-student-groups.js';
import { groupsRepo } from './groups.repo.js';
import { readGroupLabels } from './read-group-labels.js';

/** Maps labels of the district's files to its student groups (or sets them aside as not a group), with an audit row. */
export async function saveGroupLabels(options: { db: Kysely<DB>; actor: Actor; organizationId: string; labels: { label: string; group_key: string | null }[] }) {
  const { db, actor, organizationId, labels } = options;
  const { groups } = await readStudentGroups(db, organizationId);
  const keys = new Set(groups.map((group) => group.key));
  const unknown = labels.flatMap((row, index) => (row.group_key !== null && !keys.has(row.group_key) ? [index] : []));
  if (unknown.length > 0) {
    throw new AppError(
      'invalid_input',
      'A label names a student group the district does not have',
      unknown.map((index) => ({ path: `/labels/${index}/group_key`, message: 'is not one of the district’s student groups', code: 'does_not_exist' as const })),
    );
  }
  await inTransaction(db, async (trx) => {
    const before = await groupsRepo.mapped(trx, organizationId);
    // One row per label: the last choice sent for a label wins.
    await groupsRepo.save(trx, organizationId, [...new Map(labels.map((row) => [row.label, row])).values()]);
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'evidence.group_labels_saved',
      entityType: 'evidence_group_labels',
      entityId: organizationId,
      before: before.filter((row) => labels.some((label) => label.label === row.label)),
      after: labels,
    });
  });
  return readGroupLabels({ db, organizationId });
}
