import type { PeriodValue } from './monitoring-types.js';

/** Posted values may come from database rows, where a missing subgroup or n is null. */
type PostedValue = Omit<PeriodValue, 'subgroup' | 'n'> & { subgroup?: string | null; n?: number | null };

const keyOf = (value: { period: { label: string }; subgroup?: string | null }) => `${value.period.label}\u0000${value.subgroup ?? ''}`;

/** The value in the strategic-plan/v1 shape: keys that have nothing are left out, never undefined or null. */
function inFormat(value: PostedValue, fallbackEndsOn?: string): PeriodValue {
  const endsOn = value.period.ends_on ?? fallbackEndsOn;
  const result: PeriodValue = { period: endsOn ? { label: value.period.label, ends_on: endsOn } : { label: value.period.label }, value: value.value };
  if (value.raw !== undefined) result.raw = value.raw;
  if (value.note !== undefined) result.note = value.note;
  if (value.subgroup !== undefined && value.subgroup !== null) result.subgroup = value.subgroup;
  if (value.n !== undefined && value.n !== null) result.n = value.n;
  return result;
}

/**
 * A measure's actuals as the plan should now say: the imported ones with what owners posted
 * since. A posted value replaces the imported one for the same period label and group where it
 * stands (the list order is the format's time order, so it must not move); values for new
 * periods or groups are appended in the order posted, and a later post for the same period and
 * group wins. A posted value without ends_on keeps the date the imported one had.
 */
export function mergeActuals(imported: readonly PeriodValue[] | undefined, posted: readonly PostedValue[]): PeriodValue[] {
  const merged = (imported ?? []).map((value) => inFormat(value));
  const indexByKey = new Map<string, number>();
  merged.forEach((value, index) => indexByKey.set(keyOf(value), index));
  for (const value of posted) {
    const key = keyOf(value);
    const index = indexByKey.get(key);
    if (index === undefined) {
      indexByKey.set(key, merged.length);
      merged.push(inFormat(value));
    } else {
      merged[index] = inFormat(value, merged[index]!.period.ends_on);
    }
  }
  return merged;
}
