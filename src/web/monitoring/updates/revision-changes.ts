import type { ElementUpdate } from './updates-api';

/** One thing a correction changed: a group's value or n, the status, the percent, or a narrative field. */
export interface RevisionChange {
  field: 'value' | 'n' | 'actionStatus' | 'percentComplete' | 'happened' | 'why' | 'nextSteps';
  /** For values: the group (null = all students). */
  subgroup?: string | null;
  from: string | number | null;
  to: string | number | null;
}

/**
 * What a revision changed from the one before it of the same period, field by field; a first
 * revision changed nothing (it is the original). Groups compare by name, in the new revision's order.
 */
export function changesBetween(previous: ElementUpdate | null, current: ElementUpdate): RevisionChange[] {
  if (!previous) return [];
  const changes: RevisionChange[] = [];
  const groups: Array<string | null> = [];
  for (const cell of [...current.values, ...previous.values]) {
    if (!groups.includes(cell.subgroup)) groups.push(cell.subgroup);
  }
  for (const subgroup of groups) {
    const before = previous.values.find((cell) => cell.subgroup === subgroup);
    const after = current.values.find((cell) => cell.subgroup === subgroup);
    if ((before?.value ?? null) !== (after?.value ?? null)) changes.push({ field: 'value', subgroup, from: before?.value ?? null, to: after?.value ?? null });
    if ((before?.n ?? null) !== (after?.n ?? null)) changes.push({ field: 'n', subgroup, from: before?.n ?? null, to: after?.n ?? null });
  }
  for (const field of ['actionStatus', 'percentComplete', 'happened', 'why', 'nextSteps'] as const) {
    if ((previous[field] ?? null) !== (current[field] ?? null)) changes.push({ field, from: previous[field] ?? null, to: current[field] ?? null });
  }
  return changes;
}

/** Each revision with the one it corrected (the previous revision of its period), newest first as given. */
export function withPrevious(updates: readonly ElementUpdate[]): Array<{ update: ElementUpdate; previous: ElementUpdate | null }> {
  return updates.map((update) => {
    const earlier = updates.filter((other) => other.periodLabel === update.periodLabel && other.revision < update.revision);
    const previous = earlier.reduce<ElementUpdate | null>((best, other) => (!best || other.revision > best.revision ? other : best), null);
    return { update, previous };
  });
}
