import type { ApiErrorDetail } from '../../app/api';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import type { MessageVars } from '../../../core/i18n/format-message';
import type { ElementUpdate, ElementUpdates, UpdateBody, ValueCell } from './updates-api';

/**
 * The update form's rules, apart from React so they can be tested with tables of cases: which
 * rows the results table shows, how the typed text becomes the POST body, what the browser checks
 * first (each message names its field), and where the server's 400 details belong.
 */

/** One line of the results table: all students (subgroup null), a known group, or one being added. */
export interface ResultRow {
  id: string;
  subgroup: string | null;
  isAdded: boolean;
}

export const allStudentsRowId = 'all';

export type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** The revision a new post would correct: the newest one of the period, if any. */
export function latestForPeriod(updates: readonly ElementUpdate[], periodLabel: string): ElementUpdate | null {
  let latest: ElementUpdate | null = null;
  for (const update of updates) {
    if (update.periodLabel === periodLabel && (!latest || update.revision > latest.revision)) latest = update;
  }
  return latest;
}

/** All students first, then every group the measure knows, then groups only the last revision had. */
export function rowsFor(element: Pick<ElementUpdates, 'subgroups'>, previous: ElementUpdate | null): ResultRow[] {
  const groups = [...element.subgroups];
  for (const cell of previous?.values ?? []) {
    if (cell.subgroup !== null && !groups.includes(cell.subgroup)) groups.push(cell.subgroup);
  }
  return [{ id: allStudentsRowId, subgroup: null, isAdded: false }, ...groups.map((subgroup, index) => ({ id: `g${index}`, subgroup, isAdded: false }))];
}

export function cellOf(previous: ElementUpdate | null, subgroup: string | null): ValueCell | undefined {
  return previous?.values.find((cell) => cell.subgroup === subgroup);
}

/** The period the form opens on: the one asked for, else the most overdue, else the first due, else the latest. */
export function defaultPeriod(element: Pick<ElementUpdates, 'periods'>, asked: string | null): string | null {
  const periods = element.periods;
  if (asked && periods.some((period) => period.label === asked)) return asked;
  return (
    periods.find((period) => period.state === 'overdue')?.label ??
    periods.find((period) => period.state === 'due')?.label ??
    [...periods].reverse().find((period) => period.state === 'done')?.label ??
    periods[0]?.label ??
    null
  );
}

/** A number as people type it: "54", "54.5", "54,5" (decimal comma) or "1,200" (thousands). */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '').replace(/%$/, '');
  if (!trimmed) return null;
  let normal = trimmed;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) normal = trimmed.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(trimmed)) normal = trimmed.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normal)) return Number.NaN;
  return Number(normal);
}

export interface ReadResult {
  body: UpdateBody;
  /** Field name -> message, in the order the fields appear. */
  errors: Record<string, string>;
  /** The row id behind each entry of body.values, to place the server's /values/N messages. */
  sentRows: string[];
}

interface ReadOptions {
  kind: 'measure' | 'action';
  rows: readonly ResultRow[];
  isCorrection: boolean;
  periodLabel: string | null;
  t: Translate;
}

function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Reads the form into the POST body, checking each field first; a message names the field it is about. */
export function readUpdateForm(data: FormData, { kind, rows, isCorrection, periodLabel, t }: ReadOptions): ReadResult {
  const errors: Record<string, string> = {};
  const body: UpdateBody = {};
  const sentRows: string[] = [];
  if (periodLabel) body.periodLabel = periodLabel;

  if (kind === 'measure') {
    const values: NonNullable<UpdateBody['values']> = [];
    const seen = new Set<string>();
    for (const row of rows) {
      const group = row.isAdded ? text(data, `subgroup-${row.id}`) : row.subgroup;
      const name = group ?? t('updates.allStudents');
      const valueText = text(data, `value-${row.id}`);
      const nText = text(data, `n-${row.id}`);
      if (row.isAdded && !group) {
        if (valueText || nText) errors[`subgroup-${row.id}`] = t('updates.check.groupName');
        continue;
      }
      if (group !== null) {
        const folded = group.toLocaleLowerCase();
        if (seen.has(folded)) {
          errors[row.isAdded ? `subgroup-${row.id}` : `value-${row.id}`] = t('updates.check.groupTwice', { group });
          continue;
        }
        seen.add(folded);
      }
      const value = parseNumber(valueText);
      const n = parseNumber(nText);
      if (value !== null && Number.isNaN(value)) errors[`value-${row.id}`] = t('updates.check.number', { field: name });
      if (n !== null && (Number.isNaN(n) || !Number.isInteger(n) || n < 0)) errors[`n-${row.id}`] = t('updates.check.count', { field: name });
      if (value === null && n === null) continue;
      if (value === null && n !== null && !errors[`n-${row.id}`]) errors[`value-${row.id}`] = t('updates.check.valueForN', { field: name });
      values.push({ subgroup: group, value, ...(n !== null ? { n } : {}) });
      sentRows.push(row.id);
    }
    if (values.length > 0) body.values = values;
  } else {
    const status = text(data, 'actionStatus');
    if (!status) errors.actionStatus = t('updates.check.status');
    else body.actionStatus = status;
    const percentText = text(data, 'percentComplete');
    const percent = parseNumber(percentText);
    if (percent !== null && (Number.isNaN(percent) || percent < 0 || percent > 100)) errors.percentComplete = t('updates.check.percent');
    else if (percent !== null) body.percentComplete = percent;
  }

  for (const field of ['happened', 'why', 'nextSteps'] as const) {
    const value = text(data, field);
    if (value) body[field] = value;
  }

  if (kind === 'measure' && !body.values && !body.happened && Object.keys(errors).length === 0) {
    errors[`value-${allStudentsRowId}`] = t('updates.check.nothing');
  }

  if (isCorrection) {
    const note = text(data, 'correctionNote');
    if (!note) errors.correctionNote = t('updates.check.correctionNote');
    else body.correctionNote = note;
  }
  return { body, errors, sentRows };
}

/**
 * The server names fields by JSON pointer into the body ("/values/2/n"); the form names its inputs
 * by row ("n-g1"). Rewrites each pointer so the shared submit cycle shows it beside its input.
 */
export function placeServerDetails(details: readonly ApiErrorDetail[], sentRows: readonly string[]): ApiErrorDetail[] {
  return details.map((detail) => {
    const match = /^\/values\/(\d+)(?:\/(\w+))?/.exec(detail.path);
    if (match) {
      const rowId = sentRows[Number(match[1])] ?? allStudentsRowId;
      const part = match[2] === 'n' ? 'n' : match[2] === 'subgroup' && rowId.startsWith('new') ? 'subgroup' : 'value';
      return { ...detail, path: `/${part}-${rowId}` };
    }
    if (detail.path === '/values') return { ...detail, path: `/value-${allStudentsRowId}` };
    return detail;
  });
}
