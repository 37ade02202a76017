import type { RubricRow, StoredCriterion } from './rubrics.repo.js';

const iso = (d: Date | string) => new Date(d).toISOString();

/** What leaves the server of a rubric, field by field. */
export function presentRubric(row: RubricRow) {
  return {
    id: row.id,
    networkId: row.organization_id,
    templateId: row.template_id,
    deliverableKey: row.deliverable_key,
    name: row.name,
    criteria: (row.criteria as unknown as StoredCriterion[]).map((criterion) => ({
      label: criterion.label,
      description: criterion.description,
      levels: criterion.levels.map((level) => ({ label: level.label, description: level.description })),
    })),
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** What the audit log keeps of a rubric. */
export function auditedRubric(row: RubricRow) {
  return { templateId: row.template_id, deliverableKey: row.deliverable_key, name: row.name, criteria: row.criteria };
}

/** Criteria as stored: absent descriptions become empty text, so every reader sees one shape. */
export function storedCriteria(criteria: ReadonlyArray<{ label: string; description?: string; levels: ReadonlyArray<{ label: string; description?: string }> }>): StoredCriterion[] {
  return criteria.map((criterion) => ({
    label: criterion.label,
    description: criterion.description ?? '',
    levels: criterion.levels.map((level) => ({ label: level.label, description: level.description ?? '' })),
  }));
}
