import { useMemo } from 'react';
import type { Action, Goal, Measure } from '../../../core/plan/format/plan-format.schema';
import { useI18n, useT } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';

/*
 * The format's closed lists. Typed against the format's own types so a value the format does not
 * know fails the build; kept here rather than imported so the zod schemas stay out of the browser.
 */
export const measureUnits: ReadonlyArray<NonNullable<Measure['unit']>> = ['percent', 'percentage_points', 'count', 'rate', 'ratio', 'score', 'rating', 'currency', 'days', 'index', 'text'];
export const measureDirections: ReadonlyArray<NonNullable<Measure['direction']>> = ['increase', 'decrease', 'at_least', 'at_most', 'maintain', 'range'];
export const cadences: ReadonlyArray<NonNullable<Measure['cadence']>> = ['annual', 'semester', 'quarterly', 'monthly', 'weekly'];
export const measureKinds: ReadonlyArray<NonNullable<Measure['kind']>> = ['lagging', 'leading'];
export const actionStatuses: ReadonlyArray<NonNullable<Action['status']>> = ['not_started', 'on_track', 'at_risk', 'off_track', 'complete', 'canceled'];
export const goalKinds: ReadonlyArray<NonNullable<Goal['kind']>> = ['goal', 'interim_goal', 'guardrail'];

/** Every closed list with its labels in the reader's language. */
export function useChoices() {
  const t = useT();
  return useMemo(() => {
    const labelled = (values: readonly string[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageKey) }));
    return {
      units: labelled(measureUnits, 'unit'),
      directions: labelled(measureDirections, 'direction'),
      cadences: labelled(cadences, 'cadence'),
      measureKinds: labelled(measureKinds, 'measureKind'),
      statuses: labelled(actionStatuses, 'status'),
      goalKinds: labelled(goalKinds, 'goalKind'),
    };
  }, [t]);
}

/** The label of one value of a closed list, or the value itself when the list does not know it. */
export function useChoiceLabel() {
  const { t, hasMessage } = useI18n();
  return (prefix: 'unit' | 'direction' | 'cadence' | 'measureKind' | 'status' | 'goalKind', value: unknown): string => {
    if (typeof value !== 'string' || !value) return '';
    const key = `${prefix}.${value}`;
    return hasMessage(key) ? t(key) : value;
  };
}
