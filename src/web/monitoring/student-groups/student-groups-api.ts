import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import { defaultDistrictGroups, type DistrictStudentGroup } from '../../../core/monitoring/district-student-groups';

/** The district's list of student groups, as GET /api/districts/{id}/student-groups answers it. */
export interface StudentGroup extends DistrictStudentGroup {
  aliases: string[];
  version: number;
}

export interface StudentGroups {
  groups: StudentGroup[];
  isDefault: boolean;
}

export const studentGroupsApi = {
  list: (districtId: string) => `/api/districts/${districtId}/student-groups`,
  group: (districtId: string, key: string) => `/api/districts/${districtId}/student-groups/${encodeURIComponent(key)}`,
};

// One request per district however many pickers a page draws (a measure can have dozens of rows).
const cache = new Map<string, Promise<StudentGroup[]>>();

/** Forgets a district's list, after the settings screen changed it. */
export function forgetStudentGroups(districtId: string) {
  cache.delete(districtId);
}

const builtIn = (): StudentGroup[] => defaultDistrictGroups().map((group) => ({ ...group, aliases: [...group.aliases], version: 1 }));

/**
 * The groups a picker offers. Without a district (the mailed update link has no session) or when
 * the list cannot be read, the built-in list: a picker must never fall back to free typing.
 */
export function useStudentGroups(districtId: string | null): StudentGroup[] {
  const [groups, setGroups] = useState<StudentGroup[]>(builtIn);
  useEffect(() => {
    if (!districtId) return;
    let isCurrent = true;
    let request = cache.get(districtId);
    if (!request) {
      request = api.get<StudentGroups>(studentGroupsApi.list(districtId)).then((answer) => answer.groups);
      cache.set(districtId, request);
      request.catch(() => cache.delete(districtId));
    }
    request.then((list) => isCurrent && setGroups(list)).catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [districtId]);
  return groups;
}
