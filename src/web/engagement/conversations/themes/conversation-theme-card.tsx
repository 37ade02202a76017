import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n-provider';
import { Button } from '../../../app/ui/button';
import type { ConversationTheme, ThemedStatement } from './conversation-themes-api';
import { ThemedStatementList } from './themed-statement-list';

const SHOWN_AT_FIRST = 3;

interface Props {
  theme: ConversationTheme;
  themes: ConversationTheme[];
  canEdit: boolean;
  isBusy: boolean;
  isSelected: boolean;
  onSelect: () => void;
  onRename: (label: string) => Promise<boolean>;
  onSplit: () => void;
  onMove: (statement: ThemedStatement, themeId: string | null) => void;
}

/**
 * One theme: its name (renamed in place), how many statements, its words, its statements nearest
 * the centre first (three, then all on request), and for planners a box to select it for merging
 * and a button to split it.
 */
export function ConversationThemeCard({ theme, themes, canEdit, isBusy, isSelected, onSelect, onRename, onSplit, onMove }: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const [isShowingAll, setIsShowingAll] = useState(false);
  const headingId = `theme-${theme.id}`;
  const shown = isShowingAll ? theme.statements : theme.statements.slice(0, SHOWN_AT_FIRST);

  return (
    <li className="theme-card" aria-labelledby={headingId}>
      <div className="theme-card-head">
        {canEdit && <input type="checkbox" className="theme-check" checked={isSelected} onChange={onSelect} aria-label={t('conversationThemes.select', { label: theme.label })} />}
        {editing !== null ? (
          <form
            className="theme-rename"
            onSubmit={async (event) => {
              event.preventDefault();
              if (await onRename(editing)) setEditing(null);
            }}
          >
            <input
              className="input"
              value={editing}
              maxLength={120}
              autoFocus
              aria-label={t('conversationThemes.renameLabel', { label: theme.label })}
              onChange={(event) => setEditing(event.target.value)}
              onKeyDown={(event) => event.key === 'Escape' && setEditing(null)}
            />
            <Button type="submit" size="small" variant="primary" isBusy={isBusy}>
              {t('conversationThemes.save')}
            </Button>
            <Button size="small" variant="quiet" onClick={() => setEditing(null)}>
              {t('conversationThemes.cancel')}
            </Button>
          </form>
        ) : (
          <h3 id={headingId} className="theme-label">
            {theme.label}
          </h3>
        )}
        <span className="theme-count">{t('conversationThemes.count', { count: theme.count })}</span>
      </div>
      {theme.words.length > 0 && (
        <p className="theme-words">
          <span className="visually-hidden">{t('conversationThemes.words')}: </span>
          {theme.words.join(' · ')}
        </p>
      )}
      <ThemedStatementList statements={shown} currentThemeId={theme.id} themes={themes} canMove={canEdit} isBusy={isBusy} onMove={onMove} />
      <div className="theme-actions">
        {theme.statements.length > SHOWN_AT_FIRST && (
          <Button size="small" variant="quiet" aria-expanded={isShowingAll} onClick={() => setIsShowingAll(!isShowingAll)}>
            {isShowingAll ? t('conversationThemes.showFewer') : t('conversationThemes.showAll', { count: theme.statements.length })}
          </Button>
        )}
        {canEdit && editing === null && (
          <>
            <Button size="small" variant="quiet" onClick={() => setEditing(theme.label)}>
              {t('conversationThemes.rename')}
            </Button>
            {theme.count >= 4 && (
              <Button size="small" variant="quiet" isBusy={isBusy} onClick={onSplit}>
                {t('conversationThemes.split')}
              </Button>
            )}
          </>
        )}
      </div>
    </li>
  );
}
