import { useI18n } from '../../app/i18n/i18n-provider';
import { ScrollRegion } from '../../plan/plans/scroll-region';
import type { PreviewRow } from '../api-types';

/**
 * The first tidy rows the mapping makes: one per school or district, period, group and metric. Five
 * columns (the year and group under the school), so it fits beside the choices.
 */
export function PreviewTable({ rows }: { rows: readonly PreviewRow[] }) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const valueOf = (row: PreviewRow) => {
    if (row.flag === 'suppressed') return <span className="value-flag">{t('mapping.preview.suppressed')}</span>;
    if (row.flag === 'missing' || row.value === null) return <span className="value-flag">{t('mapping.preview.missing')}</span>;
    return number.format(row.value);
  };
  if (rows.length === 0) return <p className="muted">{t('mapping.preview.none')}</p>;
  return (
    <ScrollRegion label={t('mapping.preview.caption')}>
      <table className="table preview-table">
        <caption className="visually-hidden">{t('mapping.preview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="cell-number">{t('mapping.problems.line')}</th>
            <th scope="col">{t('mapping.preview.row')}</th>
            <th scope="col">{t('mapping.preview.metric')}</th>
            <th scope="col" className="cell-number">{t('mapping.preview.value')}</th>
            <th scope="col" className="cell-number">{t('mapping.preview.n')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, at) => (
            <tr key={`${row.line}-${at}`}>
              <td data-label={t('mapping.problems.line')} className="cell-number">{row.line}</td>
              <td data-label={t('mapping.preview.row')} className="cell-wrap">
                <span className="preview-entity">{row.entity}</span>
                <span className="cell-sub">{t('mapping.preview.periodGroup', { period: row.period, group: row.group })}</span>
              </td>
              <td data-label={t('mapping.preview.metric')} className="preview-metric">
                {/* Long keys break after their underscores rather than mid-word. */}
                {row.metric.split('_').map((part, at) => (
                  <span key={at}>
                    {at > 0 && (
                      <>
                        _<wbr />
                      </>
                    )}
                    {part}
                  </span>
                ))}
              </td>
              <td data-label={t('mapping.preview.value')} className="cell-number">{valueOf(row)}</td>
              <td data-label={t('mapping.preview.n')} className="cell-number">{row.n === null ? '—' : number.format(row.n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
