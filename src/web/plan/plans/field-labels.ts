import { useI18n } from '../../app/i18n/i18n-provider';

/**
 * The reader's name for a field of the format ("percent_complete" → "Percent complete"), for
 * conflict notices, the version comparison and re-import previews. Unknown fields show as written.
 */
export function useFieldLabel() {
  const { t, hasMessage } = useI18n();
  return (field: string): string => {
    const key = `fieldName.${field}`;
    return hasMessage(key) ? t(key) : field;
  };
}

/**
 * A field's value in a sentence: texts as they are, lists of values as "period: value", anything
 * else as compact JSON. Used where a value is shown rather than edited.
 */
export function describeValue(value: unknown, locale: string, emptyText: string): string {
  if (value === undefined || value === null || value === '') return emptyText;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return emptyText;
    return value.map((item) => describeItem(item, locale)).join('; ');
  }
  return describeItem(value, locale);
}

function describeItem(item: unknown, locale: string): string {
  if (item === null || typeof item !== 'object') return String(item);
  if (Array.isArray(item)) return item.map((part) => describeItem(part, locale)).join(', ');
  const record = item as Record<string, unknown>;
  const period = (record.period as { label?: string } | undefined)?.label;
  if (period !== undefined && 'value' in record) {
    const number = typeof record.value === 'number' ? new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(record.value) : String(record.raw ?? '—');
    return `${period}${typeof record.subgroup === 'string' ? ` (${record.subgroup})` : ''}: ${number}`;
  }
  // An adoption reads as the board minutes would: date, body, resolution, vote.
  if (typeof record.date === 'string') return [record.date, record.body, record.resolution, record.vote].filter(Boolean).join(' · ');
  for (const name of ['name', 'title', 'decision', 'audience', 'label', 'fiscal_year']) {
    if (typeof record[name] === 'string') return record[name] as string;
  }
  return Object.entries(record)
    .map(([key, value]) => `${key}: ${value !== null && typeof value === 'object' ? describeItem(value, locale) : String(value)}`)
    .join(', ');
}
