/** One changed field of an audited record: what it was and what it became. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * The fields that differ between the before and after snapshots of an audit event. A creation
 * (no before) or a deletion (no after) lists every field it has. Fields that did not change are
 * left out so a reader sees what the action did, not the whole record.
 */
export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const previous = before?.[field];
    const next = after?.[field];
    if (before && after && JSON.stringify(previous) === JSON.stringify(next)) continue;
    changes.push({ field, before: previous, after: next });
  }
  return changes;
}

/** A value as a person reads it: text as is, structures as compact JSON, nothing as an em dash. */
export function readableValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
