import { useI18n } from '../../app/i18n/i18n-provider';
import { Icon } from '../../app/ui/icons';
import { formatNumber, formatPercent, type CellReading } from './results-model';

/**
 * A withheld cell says why, in words, with the district's real threshold: never a 0 or a blank
 * that could be read as one.
 */
export function HiddenCount({ reason, threshold }: { reason: 'small_group' | 'complement'; threshold: number }) {
  const { t } = useI18n();
  return (
    <span className="hidden-count">
      <Icon name="shield" size={14} />
      <span>{reason === 'complement' ? t('results.hiddenComplement') : t('results.hiddenSmall', { threshold })}</span>
    </span>
  );
}

/** A count with its percentage of those who answered in the same group, or the reason it is hidden. */
export function CountCell({ reading, threshold, showPercent = true }: { reading: CellReading; threshold: number; showPercent?: boolean }) {
  const { locale } = useI18n();
  if (reading.kind === 'hidden') return <HiddenCount reason={reading.reason} threshold={threshold} />;
  return (
    <span className="count-cell">
      <span className="count-value">{formatNumber(locale, reading.count)}</span>
      {showPercent && reading.percent !== null && <span className="count-percent"> ({formatPercent(locale, reading.percent)})</span>}
    </span>
  );
}
