import { useI18n } from '../../app/i18n/i18n-provider';
import type { SynthesisResponse } from './focus-groups-api';
import { formatDay, useWhoWords } from './focus-group-words';

const QUOTES_SHOWN = 3;

/**
 * Rows are themes, columns the focus groups by who was in the room; each cell says whether the
 * group raised the theme, in how many passages, with participants' words. Below 40rem every theme
 * becomes a card listing the groups (the table-stack pattern), so a phone reads it without scrolling sideways.
 */
export function SynthesisTable({ synthesis }: { synthesis: SynthesisResponse }) {
  const { t, locale } = useI18n();
  const who = useWhoWords();
  const total = synthesis.columns.length;
  const heading = (column: SynthesisResponse['columns'][number]) => `${who(column)} (${formatDay(locale, column.date)})`;

  return (
    <div className="table-wrap fg-synthesis-wrap">
      <table className="table table-stack fg-synthesis">
        <thead>
          <tr>
            <th scope="col">{t('synthesis.themeName')}</th>
            <th scope="col">{t('synthesis.raisedBy')}</th>
            {synthesis.columns.map((column) => (
              <th scope="col" key={column.focus_group_id}>
                <span className="fg-column-who">{who(column)}</span>
                <span className="cell-sub">
                  {formatDay(locale, column.date)}
                  {column.participant_count !== null && ` · ${t('focusGroups.participants', { count: column.participant_count })}`}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {synthesis.rows.map((row) => (
            <tr key={row.theme_id}>
              <th scope="row" className="cell-primary fg-theme-cell">
                {row.name}
                {row.description && <span className="cell-sub fg-theme-description">{row.description}</span>}
              </th>
              <td data-label={t('synthesis.raisedBy')} className="fg-raised">
                <span>{t('synthesis.raisedOf', { count: row.groups_raised, total })}</span>
              </td>
              {row.cells.map((cell, index) => {
                const column = synthesis.columns[index]!;
                return (
                  <td key={cell.focus_group_id} data-label={heading(column)} className={cell.passages === 0 ? 'fg-cell fg-cell-empty' : 'fg-cell'}>
                    <div className="fg-cell-body">
                      {cell.passages === 0 ? (
                        <span className="muted">{t('synthesis.notRaised')}</span>
                      ) : (
                        <>
                          <span className="fg-cell-count">{t('synthesis.passages', { count: cell.passages })}</span>
                          {cell.quotes.length > 0 && (
                            <ul className="fg-quotes">
                              {cell.quotes.slice(0, QUOTES_SHOWN).map((quote, quoteIndex) => (
                                <li key={quoteIndex}>
                                  <q>{quote}</q>
                                </li>
                              ))}
                            </ul>
                          )}
                          {cell.quotes.length > QUOTES_SHOWN && <span className="cell-sub">{t('synthesis.moreQuotes', { count: cell.quotes.length - QUOTES_SHOWN })}</span>}
                        </>
                      )}
                    </div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
