import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import type { AnswerFilter, QuestionTheme, QuestionThemes } from './themes-api';

interface Props {
  data: QuestionThemes;
  filter: AnswerFilter['theme'];
  canEdit: boolean;
  isBusy: boolean;
  onShow: (theme: AnswerFilter['theme']) => void;
  onRename: (theme: QuestionTheme, label: string) => Promise<boolean>;
  onSplit: (theme: QuestionTheme) => void;
  onMerge: (themeIds: string[]) => Promise<boolean>;
}

/**
 * The question's themes, largest first as found: each with its name, how many answers, its words
 * and up to three quotes (starred first). Planners rename in place, split one, or tick two or
 * more to merge them. Above them, the other ways to list answers: all, not sorted, new, starred.
 */
export function ThemeList({ data, filter, canEdit, isBusy, onShow, onRename, onSplit, onMerge }: Props) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<string[]>([]);
  const [editing, setEditing] = useState<{ id: string; label: string } | null>(null);
  const chosen = selected.filter((id) => data.themes.some((theme) => theme.id === id));
  const toggle = (id: string) => setSelected((current) => (current.includes(id) ? current.filter((other) => other !== id) : [...current, id]));

  const others: Array<{ key: AnswerFilter['theme']; label: string; count: number }> = [
    { key: 'all', label: t('themes.filter.all'), count: data.answers },
    { key: 'unsorted', label: t('themes.filter.unsorted'), count: data.unsorted },
    { key: 'new', label: t('themes.filter.new'), count: data.new_answers },
    { key: 'starred', label: t('themes.filter.starred'), count: data.starred },
  ];

  return (
    <div className="stack theme-list">
      <nav aria-label={t('themes.filterLabel')}>
        <ul className="theme-filters">
          {others
            .filter((other) => other.key === 'all' || other.count > 0)
            .map((other) => (
              <li key={other.key}>
                <button type="button" className="theme-filter" aria-pressed={filter === other.key} onClick={() => onShow(other.key)}>
                  <span>{other.label}</span> <span className="theme-filter-count">{other.count}</span>
                </button>
              </li>
            ))}
        </ul>
      </nav>
      {canEdit && data.themes.length > 1 && (
        <div className="theme-merge">
          <Button size="small" disabled={chosen.length < 2} isBusy={isBusy} onClick={async () => (await onMerge(chosen)) && setSelected([])}>
            {t('themes.merge', { count: chosen.length })}
          </Button>
          {chosen.length < 2 && <span className="muted theme-merge-hint">{t('themes.mergeHint')}</span>}
        </div>
      )}
      <ol className="theme-cards">
        {data.themes.map((theme) => {
          const headingId = `theme-${theme.id}`;
          const isEditing = editing?.id === theme.id;
          return (
            <li key={theme.id} className={`theme-card${filter === theme.id ? ' is-current' : ''}`} aria-labelledby={headingId}>
              <div className="theme-card-head">
                {canEdit && (
                  <input type="checkbox" className="theme-check" checked={chosen.includes(theme.id)} onChange={() => toggle(theme.id)} aria-label={t('themes.select', { label: theme.label })} />
                )}
                {isEditing ? (
                  <form
                    className="theme-rename"
                    onSubmit={async (event) => {
                      event.preventDefault();
                      if (await onRename(theme, editing.label)) setEditing(null);
                    }}
                  >
                    <input
                      className="input"
                      value={editing.label}
                      maxLength={120}
                      autoFocus
                      aria-label={t('themes.renameLabel', { label: theme.label })}
                      onChange={(event) => setEditing({ id: theme.id, label: event.target.value })}
                      onKeyDown={(event) => event.key === 'Escape' && setEditing(null)}
                    />
                    <Button type="submit" size="small" variant="primary" isBusy={isBusy}>
                      {t('themes.save')}
                    </Button>
                    <Button size="small" variant="quiet" onClick={() => setEditing(null)}>
                      {t('themes.cancel')}
                    </Button>
                  </form>
                ) : (
                  <h3 id={headingId} className="theme-label">
                    {theme.label}
                  </h3>
                )}
                <span className="theme-count">{t('themes.count', { count: theme.count })}</span>
              </div>
              {theme.words.length > 0 && (
                <p className="theme-words">
                  <span className="visually-hidden">{t('themes.words')}: </span>
                  {theme.words.join(' · ')}
                </p>
              )}
              {theme.samples.length > 0 && (
                <ul className="theme-quotes" aria-label={t('themes.quotes')}>
                  {theme.samples.map((sample) => (
                    <li key={sample.response_id} className={sample.is_starred ? 'is-starred' : undefined}>
                      {sample.is_starred && (
                        <span className="quote-star" title={t('themes.starredQuote')}>
                          ★<span className="visually-hidden">{t('themes.starredQuote')}: </span>
                        </span>
                      )}
                      <q>{sample.text}</q>
                    </li>
                  ))}
                </ul>
              )}
              <div className="theme-actions">
                <Button size="small" variant="quiet" aria-pressed={filter === theme.id} onClick={() => onShow(theme.id)}>
                  {t('themes.showAnswers')}
                </Button>
                {canEdit && !isEditing && (
                  <>
                    <Button size="small" variant="quiet" onClick={() => setEditing({ id: theme.id, label: theme.label })}>
                      {t('themes.rename')}
                    </Button>
                    {theme.count >= 4 && (
                      <Button size="small" variant="quiet" isBusy={isBusy} onClick={() => onSplit(theme)}>
                        {t('themes.split')}
                      </Button>
                    )}
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
