import type { Selectable } from 'kysely';
import type { PlanLifecycle, PlanVersionsTable } from '../tables.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import type { Adoption } from './save-transition.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function presentVersionSummary(row: { number: number; lifecycle: PlanLifecycle; label: string; adoption: unknown; created_at: Date; created_by_name: string | null }) {
  return {
    number: row.number,
    lifecycle: row.lifecycle,
    label: row.label,
    adoption: (row.adoption ?? null) as Adoption | null,
    createdAt: iso(row.created_at),
    createdBy: row.created_by_name,
  };
}

export function presentVersion(row: Selectable<PlanVersionsTable>) {
  return {
    number: row.number,
    lifecycle: row.lifecycle,
    label: row.label,
    adoption: (row.adoption ?? null) as Adoption | null,
    createdAt: iso(row.created_at),
    document: row.document as PlanDocument,
  };
}
