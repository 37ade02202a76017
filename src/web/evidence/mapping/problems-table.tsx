import type { RowProblem } from '../../../core/evidence/dataset-mapping';
import { useI18n } from '../../app/i18n/i18n-provider';
import { ScrollRegion } from '../../plan/plans/scroll-region';

/** Row-level problems as a spreadsheet numbers them: line, column and what is wrong. */
export function ProblemsTable({ problems, total, caption }: { problems: readonly RowProblem[]; total: number; caption: string }) {
  const { t, locale } = useI18n();
  if (problems.length === 0) return null;
  return (
    <ScrollRegion label={caption}>
      <table className="table table-stack problems-table">
        <caption className="table-caption">
          {caption}
          {total > problems.length && <span className="cell-sub">{t('mapping.problems.firstOf', { shown: new Intl.NumberFormat(locale).format(problems.length), total: new Intl.NumberFormat(locale).format(total) })}</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="cell-number">{t('mapping.problems.line')}</th>
            <th scope="col">{t('mapping.problems.column')}</th>
            <th scope="col">{t('mapping.problems.message')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, at) => (
            <tr key={`${problem.line}-${problem.column}-${at}`}>
              <td data-label={t('mapping.problems.line')} className="cell-number">{problem.line > 0 ? problem.line : '—'}</td>
              <td data-label={t('mapping.problems.column')}>{problem.column || '—'}</td>
              <td data-label={t('mapping.problems.message')} className="cell-wrap">{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
