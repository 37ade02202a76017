import type { MessageKey } from '../../app/i18n/message-catalogue';
import { useI18n } from '../../app/i18n/i18n-provider';
import { localizeUnitLabel } from '../../../core/plan/unit-words';
import type { BadgeTone } from '../../app/ui/badge';
import type { ElementUpdates, PeriodState, UpdateSource } from './updates-api';

/** Overdue is the one state that asks for action now; done is good news; the rest are information. */
export const periodStateTone: Record<PeriodState, BadgeTone> = {
  overdue: 'danger',
  due: 'warning',
  done: 'success',
  upcoming: 'neutral',
};

export const sourceLabel: Record<UpdateSource, MessageKey> = {
  app: 'updates.source.app',
  link: 'updates.source.link',
  bulk: 'updates.source.bulk',
};

/** The measure's unit as a short suffix: its own label when the plan wrote one, else the unit's name. */
export function useUnitText() {
  const { t, locale } = useI18n();
  return (element: Pick<ElementUpdates, 'unit' | 'unitLabel'>): string => {
    if (element.unitLabel) return localizeUnitLabel(element.unitLabel, locale);
    if (element.unit === 'percent') return '%';
    if (element.unit && element.unit !== 'text') return t(`unit.${element.unit}` as MessageKey);
    return '';
  };
}

/** A number in the reader's language, with the unit after it (a percent sign sticks to the number). */
export function useValueText() {
  const { locale } = useI18n();
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return (value: number | null, unit: string): string => {
    if (value === null) return '—';
    const number = format.format(value);
    if (!unit) return number;
    return unit === '%' ? `${number}%` : `${number} ${unit}`;
  };
}
