import { useState, type ReactNode } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import type { ThemeCardKeys } from './theme-keys';

interface Props {
  theme: { id: string; label: string; count: number; words: string[] };
  keys: ThemeCardKeys;
  canEdit: boolean;
  isBusy: boolean;
  isSelected: boolean;
  onSelect: () => void;
  onRename: (label: string) => Promise<boolean>;
  onSplit: () => void;
  /** The theme whose answers are listed beside it (the survey's page). */
  isCurrent?: boolean;
  /**
   * The name being typed, when the screen holds it (the survey's list renames one theme at a
   * time); else each card holds its own.
   */
  renaming?: { label: string | null; onChange: (label: string | null) => void };
  /** What the theme holds, under its words: quotes, ideas, comments. */
  children: ReactNode;
  /** Buttons before Rename and Split. */
  actions?: ReactNode;
  /** Under the buttons: a public comment theme's decision. */
  footer?: ReactNode;
}

/**
 * One theme of any kind: its name (renamed in place), how many it holds, its words, what it holds,
 * and for planners a box to select it for merging and a button to split it.
 */
export function ThemeCard({ theme, keys, canEdit, isBusy, isSelected, onSelect, onRename, onSplit, isCurrent, renaming, children, actions, footer }: Props) {
  const { t } = useI18n();
  const [ownEditing, setOwnEditing] = useState<string | null>(null);
  const editing = renaming ? renaming.label : ownEditing;
  const setEditing = renaming ? renaming.onChange : setOwnEditing;
  const headingId = `theme-${theme.id}`;

  return (
    <li className={`theme-card${isCurrent ? ' is-current' : ''}`} aria-labelledby={headingId}>
      <div className="theme-card-head">
        {canEdit && <input type="checkbox" className="theme-check" checked={isSelected} onChange={onSelect} aria-label={t(keys.select, { label: theme.label })} />}
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
              aria-label={t(keys.renameLabel, { label: theme.label })}
              onChange={(event) => setEditing(event.target.value)}
              onKeyDown={(event) => event.key === 'Escape' && setEditing(null)}
            />
            <Button type="submit" size="small" variant="primary" isBusy={isBusy}>
              {t(keys.save)}
            </Button>
            <Button size="small" variant="quiet" onClick={() => setEditing(null)}>
              {t(keys.cancel)}
            </Button>
          </form>
        ) : (
          <h3 id={headingId} className="theme-label">
            {theme.label}
          </h3>
        )}
        <span className="theme-count">{t(keys.count, { count: theme.count })}</span>
      </div>
      {theme.words.length > 0 && (
        <p className="theme-words">
          <span className="visually-hidden">{t(keys.words)}: </span>
          {theme.words.join(' · ')}
        </p>
      )}
      {children}
      <div className="theme-actions">
        {actions}
        {canEdit && editing === null && (
          <>
            <Button size="small" variant="quiet" onClick={() => setEditing(theme.label)}>
              {t(keys.rename)}
            </Button>
            {theme.count >= 4 && (
              <Button size="small" variant="quiet" isBusy={isBusy} onClick={onSplit}>
                {t(keys.split)}
              </Button>
            )}
          </>
        )}
      </div>
      {footer}
    </li>
  );
}
