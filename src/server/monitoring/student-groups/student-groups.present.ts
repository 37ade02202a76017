import type { DistrictStudentGroup } from '../../../core/monitoring/district-student-groups.js';
import type { StudentGroupRow } from './student-groups.repo.js';

/** A group as the core reads it (no version, no position). */
export const groupOfRow = (row: StudentGroupRow): DistrictStudentGroup => ({
  key: row.key,
  category: row.category,
  name: row.name,
  aliases: Array.isArray(row.aliases) ? (row.aliases as string[]) : [],
  isRetired: row.is_retired,
});

/** What leaves the server for one group; a built-in group not yet written is version 1, as its first row will be. */
export const presentGroup = (group: DistrictStudentGroup, version = 1) => ({
  key: group.key,
  category: group.category,
  name: group.name,
  aliases: [...group.aliases],
  isRetired: group.isRetired,
  version,
});
