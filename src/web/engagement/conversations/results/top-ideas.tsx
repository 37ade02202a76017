import { useI18n } from '../../../app/i18n/i18n-provider';
import { formatNumber } from '../../results/results-model';
import type { RatedIdea } from './conversation-results-api';

/** Ideas best first: each with its number of ratings, plain average and the weighted average it is ranked by. */
export function TopIdeasTable({ ideas, label }: { ideas: readonly RatedIdea[]; label: string }) {
  const { t, locale } = useI18n();
  const decimal = (value: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('conversationResults.column.idea')}</th>
            <th scope="col" className="numeric">{t('conversationResults.column.ratings')}</th>
            <th scope="col" className="numeric">{t('conversationResults.column.mean')}</th>
            <th scope="col" className="numeric">{t('conversationResults.column.score')}</th>
          </tr>
        </thead>
        <tbody>
          {ideas.map((idea, index) => (
            <tr key={idea.statement_id}>
              <td>{index + 1}</td>
              <th scope="row" className="conversation-results-idea" lang={idea.language}>
                {idea.text}
              </th>
              <td className="numeric">{formatNumber(locale, idea.ratings)}</td>
              <td className="numeric">{decimal(idea.mean)}</td>
              <td className="numeric">{decimal(idea.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
