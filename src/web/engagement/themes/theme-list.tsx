import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { ThemeCard } from './theme-card';
import type { ThemeCardKeys, ThemeSetKeys } from './theme-keys';
import { MergeThemesBar, useThemeSelection } from './theme-set-parts';
import type { AnswerFilter, QuestionThemes } from './themes-api';
import type { ThemeSet } from './use-theme-set';

/** A survey question's words for the shared parts of a Themes screen. */
export const answerThemeKeys: ThemeSetKeys & ThemeCardKeys = {
  done: 'themes.done',
  busy: 'themes.busy',
  tooAlike: 'themes.tooAlike',
  conflict: 'themes.conflict',
  moved: 'themes.moved',
  find: 'themes.find',
  findAgain: 'themes.findAgain',
  finding: 'themes.finding',
  failed: 'themes.failed',
  interrupted: 'themes.interrupted',
  merge: 'themes.merge',
  mergeHint: 'themes.mergeHint',
  replaceTitle: 'themes.replaceTitle',
  replaceBody: 'themes.replaceBody',
  replaceConfirm: 'themes.replaceConfirm',
  select: 'themes.select',
  renameLabel: 'themes.renameLabel',
  save: 'themes.save',
  cancel: 'themes.cancel',
  count: 'themes.count',
  words: 'themes.words',
  rename: 'themes.rename',
  split: 'themes.split',
};

interface Props {
  set: ThemeSet<QuestionThemes>;
  data: QuestionThemes;
  filter: AnswerFilter['theme'];
  canEdit: boolean;
  onShow: (theme: AnswerFilter['theme']) => void;
}

/**
 * The question's themes, largest first as found: each with its name, how many answers, its words
 * and up to three quotes (starred first). Planners rename in place (one at a time), split one, or
 * tick two or more to merge them. Above them, the other ways to list answers: all, not sorted, new, starred.
 */
export function ThemeList({ set, data, filter, canEdit, onShow }: Props) {
  const { t } = useI18n();
  const selection = useThemeSelection(set, data.themes);
  const [editing, setEditing] = useState<{ id: string; label: string } | null>(null);

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
      {canEdit && data.themes.length > 1 && <MergeThemesBar set={set} selection={selection} keys={answerThemeKeys} />}
      <ol className="theme-cards">
        {data.themes.map((theme) => (
          <ThemeCard
            key={theme.id}
            theme={theme}
            keys={answerThemeKeys}
            canEdit={canEdit}
            {...selection.cardProps(theme)}
            isCurrent={filter === theme.id}
            renaming={{ label: editing?.id === theme.id ? editing.label : null, onChange: (label) => setEditing(label === null ? null : { id: theme.id, label }) }}
            actions={
              <Button size="small" variant="quiet" aria-pressed={filter === theme.id} onClick={() => onShow(theme.id)}>
                {t('themes.showAnswers')}
              </Button>
            }
          >
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
          </ThemeCard>
        ))}
      </ol>
    </div>
  );
}
