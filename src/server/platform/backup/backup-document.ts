import { z } from 'zod';
import { AppError, detailOfIssue, type ErrorDetail } from '../../errors.js';
import type { FieldIssue } from '../../../core/platform/field-issues.js';
import { column, type BackupRow } from './backup-columns.js';
import { backupTables, backupUsers } from './backup-tables.js';

export const backupFormat = 'waymark-district-backup';
export const backupVersion = 1;

/** What `backup` writes and `restore` reads: one district's rows and the people they point at. */
export interface BackupDocument {
  format: typeof backupFormat;
  version: typeof backupVersion;
  createdAt: string;
  districtId: string;
  users: BackupRow[];
  /** Rows by table name, one entry for every table of backupTables. */
  tables: Record<string, BackupRow[]>;
}

const documentSchema = z
  .object({
    format: z.literal(backupFormat, { error: `must be "${backupFormat}": this file is not a Waymark district backup` }),
    version: z.literal(backupVersion, { error: `must be ${backupVersion}: this Waymark reads backups of version ${backupVersion}` }),
    createdAt: column.timestamp,
    districtId: column.id,
    users: z.array(backupUsers.row),
    // A table missing from the file was added to Waymark after the backup was made: it has no rows.
    tables: z.strictObject(Object.fromEntries(backupTables.map((entry) => [entry.table, z.array(entry.row).default([])]))),
  })
  .superRefine((document, ctx) => {
    for (const { issue, ...problem } of findReferenceProblems(document as BackupDocument)) ctx.addIssue({ code: 'custom', ...problem, params: { issue: issue.code, ...issue.params } });
  });

/**
 * Checks a parsed JSON value against the backup format, including that every row belongs to the
 * district and every person it points at is in the file, so a restore fails before it writes.
 */
export function parseBackupDocument(input: unknown): BackupDocument {
  const result = documentSchema.safeParse(input);
  if (!result.success) {
    const details: ErrorDetail[] = result.error.issues.map((issue) => detailOfIssue(describePath(issue.path), issue));
    throw new AppError('invalid_input', 'The file is not a valid Waymark district backup, so nothing was restored', details);
  }
  return result.data as BackupDocument;
}

function findReferenceProblems(document: BackupDocument): { path: PropertyKey[]; message: string; issue: FieldIssue }[] {
  const problems: { path: PropertyKey[]; message: string; issue: FieldIssue }[] = [];
  const { districtId } = document;
  const organizations = document.tables.organizations ?? [];
  if (organizations.length !== 1) {
    problems.push({ path: ['tables', 'organizations'], message: `must hold exactly one row, the district (it holds ${organizations.length})`, issue: { code: 'one_district_row', params: { count: organizations.length } } });
  }
  const userIds = new Set<unknown>();
  const emails = new Set<unknown>();
  document.users.forEach((user, index) => {
    if (userIds.has(user.id)) problems.push({ path: ['users', index, 'id'], message: 'appears twice', issue: { code: 'duplicate' } });
    if (emails.has(user.email)) problems.push({ path: ['users', index, 'email'], message: 'appears twice', issue: { code: 'duplicate' } });
    userIds.add(user.id);
    emails.add(user.email);
  });
  for (const entry of backupTables) {
    (document.tables[entry.table] ?? []).forEach((row, index) => {
      const at = ['tables', entry.table, index];
      if (row[entry.districtColumn] !== districtId) {
        problems.push({ path: [...at, entry.districtColumn], message: `must be the district's id ${districtId}`, issue: { code: 'not_this_district', params: { districtId } } });
      }
      for (const userColumn of entry.userColumns) {
        const userId = row[userColumn];
        if (userId !== null && !userIds.has(userId)) problems.push({ path: [...at, userColumn], message: 'points at a person who is not in "users"', issue: { code: 'unknown_person' } });
      }
    });
  }
  return problems;
}

/** ['tables', 'schools', 3, 'name'] -> tables.schools[3].name */
function describePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
  return text || '(the whole file)';
}
