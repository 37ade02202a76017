import type { CohortEventRow, CohortRow } from './cohorts.repo.js';
import { cohortTemplate } from './cohort-templates.js';

export function presentCohort(row: Omit<CohortRow, 'district_count'> & { district_count?: string | number | null }) {
  return {
    id: row.id,
    networkId: row.organization_id,
    name: row.name,
    schoolYear: row.school_year,
    templateId: row.template_id,
    templateName: cohortTemplate(row.template_id)?.name ?? null,
    startDate: row.start_date,
    description: row.description,
    districtCount: Number(row.district_count ?? 0),
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export function presentCohortEvent(row: CohortEventRow) {
  return { id: row.id, kind: row.kind, title: row.title, date: row.event_date, startTime: row.start_time, location: row.location, details: row.details, version: row.version };
}
