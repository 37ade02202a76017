import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { catalogOfDistrict, defaultDistrictGroups, type DistrictStudentGroup } from '../../../core/monitoring/district-student-groups.js';
import type { StudentGroupCatalog } from '../../../core/monitoring/student-groups.js';
import { studentGroupsRepo } from './student-groups.repo.js';
import { groupOfRow, presentGroup } from './student-groups.present.js';

/**
 * The district's student groups: its own list once it changed one, else the built-in list.
 * Reading never writes (a page that only looks must leave no trace); the first change does.
 */
export async function readStudentGroups(db: Kysely<DB>, organizationId: string): Promise<{ groups: DistrictStudentGroup[]; versions: number[]; isDefault: boolean }> {
  const rows = await studentGroupsRepo.list(db, organizationId);
  if (rows.length === 0) {
    const groups = defaultDistrictGroups();
    return { groups, versions: groups.map(() => 1), isDefault: true };
  }
  return { groups: rows.map(groupOfRow), versions: rows.map((row) => row.version), isDefault: false };
}

/** The list as the API answers it. */
export async function listStudentGroups(db: Kysely<DB>, organizationId: string) {
  const { groups, versions, isDefault } = await readStudentGroups(db, organizationId);
  return { groups: groups.map((group, index) => presentGroup(group, versions[index])), isDefault };
}

/**
 * The catalogue the privacy rule reads for this district: every output that leaves the planning
 * team (public site, board report, plan printouts) passes it to protectResults, so they agree.
 */
export async function readStudentGroupCatalog(db: Kysely<DB>, organizationId: string): Promise<StudentGroupCatalog> {
  return catalogOfDistrict((await readStudentGroups(db, organizationId)).groups);
}
