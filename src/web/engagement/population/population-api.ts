import type { PopulationDimension } from '../../../core/engagement/population/population-groups';

/** Who the district serves, as GET /api/districts/{id}/population answers it. */
export interface PopulationGroup {
  key: string;
  label: string;
  count: number;
  source: 'entered' | 'imported';
}

export interface PopulationList {
  school: string;
  dimension: PopulationDimension;
  groups: PopulationGroup[];
  total: number;
}

export interface Population {
  version: number;
  schools: string[];
  lists: PopulationList[];
  suggestions: Record<PopulationDimension, { key: string; label: string }[]>;
}

export const populationApi = {
  population: (districtId: string) => `/api/districts/${districtId}/population`,
};
