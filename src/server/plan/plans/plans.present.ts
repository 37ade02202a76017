import type { Selectable } from 'kysely';
import type { PlansTable } from '../tables.js';
import type { ElementRow } from './plans.repo.js';
import { isEditable } from './plan-lifecycle.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function presentPlanSummary(row: { id: string; title: string; lifecycle: Selectable<PlansTable>['lifecycle']; period: unknown; adopted_version: number | null; version: number; created_at: Date; updated_at: Date }) {
  return {
    id: row.id,
    title: row.title,
    lifecycle: row.lifecycle,
    period: row.period ?? null,
    adoptedVersion: row.adopted_version,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function presentElement(row: ElementRow) {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind,
    key: row.key,
    position: row.position,
    fields: row.fields,
    childLists: row.child_lists,
    version: row.version,
  };
}

export function presentPlanDetail(plan: Selectable<PlansTable>, elements: ElementRow[]) {
  return {
    id: plan.id,
    organizationId: plan.organization_id,
    title: plan.title,
    lifecycle: plan.lifecycle,
    isEditable: isEditable(plan.lifecycle),
    adoptedVersion: plan.adopted_version,
    version: plan.version,
    header: plan.header as { format: 'strategic-plan/v1'; organization: Record<string, unknown>; plan: Record<string, unknown> },
    elements: elements.map(presentElement),
    updatedAt: iso(plan.updated_at),
  };
}
