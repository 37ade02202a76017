import type { Count, OptionCounts } from '../../../core/engagement/survey-results-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { CountCell } from './count-cell';
import { barWidths, formatPercent, readCell } from './results-model';

interface Props {
  caption: string;
  options: readonly OptionCounts[];
  answered: Count | undefined;
  group: string;
  threshold: number;
  label: (option: OptionCounts) => string;
}

/**
 * Horizontal bars for a choice or scale question, drawn as a table: every row names its option and
 * writes its count and percentage, so the bar (decoration, hidden from screen readers) is never
 * the only way to read it, and no colour carries meaning.
 */
export function ChoiceBars({ caption, options, answered, group, threshold, label }: Props) {
  const { t, locale } = useI18n();
  const readings = options.map((option) => readCell(option.counts[group], answered));
  const widths = barWidths(readings);
  return (
    <table className="table choice-bars">
      <caption className="visually-hidden">{caption}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t('results.column.answer')}</th>
          <th scope="col">{t('results.column.share')}</th>
          <th scope="col">{t('results.column.count')}</th>
        </tr>
      </thead>
      <tbody>
        {options.map((option, i) => {
          const reading = readings[i]!;
          return (
            <tr key={option.key}>
              <th scope="row" className="bar-label">
                {label(option)}
              </th>
              <td className="bar-track-cell">
                {reading.kind === 'count' && (
                  <span className="bar-track">
                    <span className="bar-fill" aria-hidden="true" style={{ width: `${widths[i]}%` }} />
                    <span className="bar-percent">{reading.percent !== null ? formatPercent(locale, reading.percent) : '–'}</span>
                  </span>
                )}
              </td>
              <td className="bar-count">
                <CountCell reading={reading} threshold={threshold} showPercent={false} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
