import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { defaultDistrictGroups, findNameClash, keyForNewGroup, uniqueNames, type DistrictStudentGroup } from '../../../core/monitoring/district-student-groups.js';
import { normalizeGroupName } from '../../../core/monitoring/student-groups.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { studentGroupsRepo } from './student-groups.repo.js';
import { groupOfRow, presentGroup } from './student-groups.present.js';
import type { NewStudentGroupValues, StudentGroupValues } from './student-groups.schema.js';

/** The district's rows, writing the built-in list first when it has none, under the list's lock. */
async function ownList(trx: Transaction<DB>, organizationId: string) {
  await studentGroupsRepo.lockList(trx, organizationId);
  let rows = await studentGroupsRepo.list(trx, organizationId);
  if (rows.length === 0) {
    await studentGroupsRepo.insertMany(trx, organizationId, defaultDistrictGroups());
    rows = await studentGroupsRepo.list(trx, organizationId);
  }
  return rows;
}

/** 400 naming the field whose name another group already uses ("/aliases/2"). */
function refuseClash(groups: readonly DistrictStudentGroup[], candidate: Pick<DistrictStudentGroup, 'key' | 'name' | 'aliases'>) {
  const clash = findNameClash(groups, candidate);
  if (!clash) return;
  const index = candidate.aliases.findIndex((alias) => normalizeGroupName(alias) === normalizeGroupName(clash.name));
  const path = normalizeGroupName(candidate.name) === normalizeGroupName(clash.name) ? '/name' : `/aliases/${index}`;
  const message = `"${clash.name}" already means ${clash.holder.name}${clash.holder.isRetired ? ' (retired)' : ''}; one name can mean only one group`;
  const issue = { code: clash.holder.isRetired ? 'name_taken_retired' : 'name_taken', params: { name: clash.name, group: clash.holder.name } } as const;
  throw new AppError('invalid_input', message, [{ path, message, ...issue }]);
}

/** Adds a group to the district's list, with its audit row, in one transaction. */
export async function addStudentGroup(options: { db: Kysely<DB>; actor: Actor; organizationId: string; values: NewStudentGroupValues }) {
  const { db, actor, organizationId, values } = options;
  return inTransaction(db, async (trx) => {
    const rows = await ownList(trx, organizationId);
    const groups = rows.map(groupOfRow);
    const group: DistrictStudentGroup = { key: keyForNewGroup(groups, values.name), category: values.category, name: values.name, aliases: uniqueNames(values.aliases, values.name), isRetired: false };
    refuseClash(groups, group);
    await studentGroupsRepo.insertMany(trx, organizationId, [group], Math.max(-1, ...rows.map((row) => row.position)) + 1);
    const after = presentGroup(group);
    await recordAuditEvent(trx, actor, { organizationId, action: 'monitoring.student_group_added', entityType: 'student_group', entityId: group.key, after });
    return after;
  });
}

/**
 * Renames, recategorizes, retires or restores a group and sets its other names. A renamed group
 * keeps its old name as another name, so plans and results written with it still find it.
 */
export async function saveStudentGroup(options: { db: Kysely<DB>; actor: Actor; organizationId: string; key: string; version: number; values: StudentGroupValues }) {
  const { db, actor, organizationId, key, version, values } = options;
  return inTransaction(db, async (trx) => {
    const rows = await ownList(trx, organizationId);
    const row = rows.find((r) => r.key === key);
    if (!row) throw notFound('Student group');
    const before = groupOfRow(row);
    const kept = normalizeGroupName(before.name) === normalizeGroupName(values.name) ? values.aliases : [...values.aliases, before.name];
    const group: DistrictStudentGroup = { key, category: values.category, name: values.name, aliases: uniqueNames(kept, values.name), isRetired: values.isRetired };
    refuseClash(rows.map(groupOfRow), group);
    const saved = await studentGroupsRepo.update(trx, organizationId, key, version, group);
    if (!saved) throw new AppError('conflict', 'Someone changed this student group meanwhile; review it and try again', [], { current: presentGroup(before, row.version) });
    const after = presentGroup(groupOfRow(saved), saved.version);
    await recordAuditEvent(trx, actor, { organizationId, action: 'monitoring.student_group_saved', entityType: 'student_group', entityId: key, before: presentGroup(before, row.version), after });
    return after;
  });
}
