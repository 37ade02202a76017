import type { Kysely } from 'kysely';
import { districtGroupMatcher } from '../../../core/monitoring/district-student-groups.js';
import type { StudentGroupLookup } from '../../../core/plan/student-group-checks.js';
import type { DB } from '../../db/schema.js';
import { readStudentGroups } from './read-student-groups.js';

/** How the plan's checks ask whether a written group is the district's: on its list, another name of one of its groups, or unknown. */
export async function readStudentGroupLookup(db: Kysely<DB>, organizationId: string): Promise<StudentGroupLookup> {
  const match = districtGroupMatcher((await readStudentGroups(db, organizationId)).groups);
  return (name) => {
    const found = match(name);
    return found.kind === 'alias' ? { kind: 'alias', name: found.group.name } : found.kind === 'listed' ? { kind: 'listed' } : { kind: 'unknown' };
  };
}
