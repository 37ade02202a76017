import type { OwedUpdate } from './list-owed-updates.js';
import type { EvidenceSummaryRow, UpdateRow } from './updates.repo.js';

const iso = (value: Date | string) => new Date(value).toISOString();

export function presentEvidence(row: Pick<EvidenceSummaryRow, 'id' | 'file_name' | 'content_type' | 'size_bytes'>) {
  return { id: row.id, fileName: row.file_name, contentType: row.content_type, sizeBytes: row.size_bytes };
}

interface StoredValue {
  subgroup?: string | null;
  value?: number | null;
  n?: number | null;
}

export function presentUpdate(row: UpdateRow, evidence: readonly EvidenceSummaryRow[] = []) {
  const values = ((row.posted_values as StoredValue[] | null) ?? []).map((v) => ({ subgroup: v.subgroup ?? null, value: v.value ?? null, n: v.n ?? null }));
  return {
    id: row.id,
    periodLabel: row.period_label,
    periodEndsOn: row.period_ends_on,
    revision: row.revision,
    values,
    happened: row.happened,
    why: row.why,
    nextSteps: row.next_steps,
    actionStatus: row.action_status,
    percentComplete: row.percent_complete,
    correctionNote: row.correction_note,
    source: row.source,
    author: row.author,
    createdAt: iso(row.created_at),
    evidence: evidence.filter((e) => e.update_id === row.id).map(presentEvidence),
  };
}

export type PresentedUpdate = ReturnType<typeof presentUpdate>;

/** One line of My updates; the owner and goal stay in the server (the reminder sweep uses them). */
export function presentMyUpdateItem(item: OwedUpdate) {
  return {
    planId: item.planId,
    planTitle: item.planTitle,
    elementKey: item.elementKey,
    kind: item.kind,
    name: item.name,
    periodLabel: item.periodLabel,
    dueOn: item.dueOn,
    closesOn: item.closesOn,
    state: item.state,
    lastUpdatedAt: item.lastUpdatedAt,
  };
}
