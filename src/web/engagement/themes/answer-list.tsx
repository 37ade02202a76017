import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Loading } from '../../app/ui/loading';
import type { QuestionAnswer, QuestionAnswers, QuestionTheme } from './themes-api';

interface Props {
  answers: QuestionAnswers | null;
  isLoading: boolean;
  themes: readonly QuestionTheme[];
  hasThemes: boolean;
  query: string;
  canEdit: boolean;
  isBusy: boolean;
  onSearch: (query: string) => void;
  onPage: (page: number) => void;
  onStar: (answer: QuestionAnswer) => void;
  onMove: (responseIds: string[], themeId: string | null) => Promise<boolean>;
}

const NOT_SORTED = '__not_sorted';

/**
 * A page of answers: searched (capitals and accents ignored, the words found marked), each with its
 * theme and a star to keep it as a quote for reports. Planners tick answers and move them to
 * another theme or out of every theme.
 */
export function AnswerList({ answers, isLoading, themes, hasThemes, query, canEdit, isBusy, onSearch, onPage, onStar, onMove }: Props) {
  const { t } = useI18n();
  const [typed, setTyped] = useState(query);
  const [selected, setSelected] = useState<string[]>([]);
  const [target, setTarget] = useState('');
  useEffect(() => setTyped(query), [query]);
  const shown = answers?.answers ?? [];
  const chosen = selected.filter((id) => shown.some((answer) => answer.response_id === id));
  const labelOf = new Map(themes.map((theme) => [theme.id, theme.label]));
  const pages = answers ? Math.max(1, Math.ceil(answers.total / answers.per_page)) : 1;
  const toggle = (id: string) => setSelected((current) => (current.includes(id) ? current.filter((other) => other !== id) : [...current, id]));

  return (
    <div className="stack answer-list">
      <form
        className="answer-search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          onSearch(typed.trim());
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor="answer-search">
            {t('themes.search')}
          </label>
          <div className="answer-search-row">
            <input id="answer-search" className="input" type="search" value={typed} maxLength={200} onChange={(event) => setTyped(event.target.value)} aria-describedby="answer-search-hint" />
            <Button type="submit" size="small">
              {t('themes.searchButton')}
            </Button>
            {query && (
              <Button size="small" variant="quiet" onClick={() => onSearch('')}>
                {t('themes.clearSearch')}
              </Button>
            )}
          </div>
          <span className="field-hint" id="answer-search-hint">
            {t('themes.searchHint')}
          </span>
        </div>
      </form>

      {canEdit && hasThemes && (
        <div className="answer-move">
          <label className="field-label" htmlFor="answer-move-target">
            {t('themes.moveTo')}
          </label>
          <div className="answer-search-row">
            <select id="answer-move-target" className="select" value={target} onChange={(event) => setTarget(event.target.value)}>
              <option value="" disabled>
                …
              </option>
              {themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.label}
                </option>
              ))}
              <option value={NOT_SORTED}>{t('themes.notSorted')}</option>
            </select>
            <Button
              size="small"
              disabled={chosen.length === 0 || !target}
              isBusy={isBusy}
              onClick={async () => {
                if (await onMove(chosen, target === NOT_SORTED ? null : target)) setSelected([]);
              }}
            >
              {t('themes.moveButton', { count: chosen.length })}
            </Button>
          </div>
        </div>
      )}

      <p className="muted answer-total" aria-live="polite">
        {answers ? t('themes.results', { count: answers.total }) : ''}
      </p>
      {isLoading && !answers && <Loading />}
      {answers && shown.length === 0 && <p>{t('themes.noAnswers')}</p>}
      <ul className="answer-items">
        {shown.map((answer) => (
          <li key={answer.response_id} className={`answer-item${answer.is_starred ? ' is-starred' : ''}`}>
            {canEdit && hasThemes && (
              <input type="checkbox" className="answer-check" checked={chosen.includes(answer.response_id)} onChange={() => toggle(answer.response_id)} aria-label={t('themes.selectAnswer')} />
            )}
            <div className="answer-body">
              <p className="answer-text" lang={answer.locale}>
                {withHighlights(answer.text, answer.highlights)}
              </p>
              <p className="answer-meta">
                {answer.is_new ? (
                  <span className="badge badge-info">{t('themes.isNew')}</span>
                ) : answer.theme_id ? (
                  labelOf.has(answer.theme_id) && t('themes.inTheme', { label: labelOf.get(answer.theme_id)! })
                ) : hasThemes ? (
                  t('themes.notSorted')
                ) : null}
              </p>
            </div>
            {canEdit ? (
              <button type="button" className="star-button" aria-pressed={answer.is_starred} disabled={isBusy} onClick={() => onStar(answer)} title={answer.is_starred ? t('themes.unstar') : t('themes.star')}>
                <span aria-hidden="true">{answer.is_starred ? '★' : '☆'}</span>
                <span className="visually-hidden">{t('themes.star')}</span>
              </button>
            ) : (
              answer.is_starred && (
                <span className="quote-star" title={t('themes.starredQuote')}>
                  ★<span className="visually-hidden">{t('themes.starredQuote')}</span>
                </span>
              )
            )}
          </li>
        ))}
      </ul>
      {answers && pages > 1 && (
        <nav className="answer-pager row" aria-label={t('themes.page', { page: answers.page, pages })}>
          <Button size="small" disabled={answers.page <= 1} onClick={() => onPage(answers.page - 1)}>
            {t('themes.previous')}
          </Button>
          <span>{t('themes.page', { page: answers.page, pages })}</span>
          <Button size="small" disabled={answers.page >= pages} onClick={() => onPage(answers.page + 1)}>
            {t('themes.next')}
          </Button>
        </nav>
      )}
    </div>
  );
}

/** The text with the searched words marked, from the server's [start, end) offsets. */
function withHighlights(text: string, highlights: readonly [number, number][]): ReactNode {
  if (highlights.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}
