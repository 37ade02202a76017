import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import type { ThemeSetKeys } from './theme-keys';
import type { ThemeSet, ThemeSetLike } from './use-theme-set';

/*
 * The parts every Themes screen has around its themes (a survey question's page, a conversation's
 * and a comment window's Themes tab), in each kind's own words.
 */

/** What the last change said, that themes are being found, or that finding them failed. */
export function ThemeSetAlerts<T extends ThemeSetLike>({ set, data, total, keys }: { set: ThemeSet<T>; data: T; total: string | number; keys: ThemeSetKeys }) {
  const { t } = useI18n();
  const { notice, setNotice } = set;
  return (
    <>
      {notice &&
        (notice.tone === 'danger' ? (
          <ErrorAlert error={notice.error} onDismiss={() => setNotice(null)} />
        ) : (
          <Alert tone={notice.tone} onDismiss={() => setNotice(null)}>
            {notice.text}
          </Alert>
        ))}
      {(set.isRunning || set.isFinding) && (
        <Alert tone="info">
          <span className="row">
            <span className="spinner" aria-hidden="true" /> {t(keys.finding, { count: total })}
          </span>
        </Alert>
      )}
      {data.status === 'failed' && <Alert tone="warning">{t(keys.failed, { reason: data.error === 'interrupted' ? t(keys.interrupted) : (data.error ?? '') })}</Alert>}
    </>
  );
}

/** "Find themes", or "Find themes again" once there are some. */
export function FindThemesButton<T extends ThemeSetLike>({ set, hasThemes, isEmpty, keys }: { set: ThemeSet<T>; hasThemes: boolean; isEmpty: boolean; keys: ThemeSetKeys }) {
  const { t } = useI18n();
  return (
    <Button variant={hasThemes ? 'secondary' : 'primary'} isBusy={set.isBusy || set.isRunning} disabled={isEmpty} onClick={() => void set.findThemes(false)}>
      {hasThemes ? t(keys.findAgain) : t(keys.find)}
    </Button>
  );
}

/** Asks before finding themes again replaces the team's renames, merges, splits and moves. */
export function ReplaceThemesDialog<T extends ThemeSetLike>({ set, keys }: { set: ThemeSet<T>; keys: ThemeSetKeys }) {
  const { t } = useI18n();
  return (
    <ConfirmDialog isOpen={set.isConfirming} title={t(keys.replaceTitle)} confirmLabel={t(keys.replaceConfirm)} isBusy={set.isBusy} onConfirm={() => void set.findThemes(true)} onCancel={() => set.setIsConfirming(false)}>
      <p>{t(keys.replaceBody)}</p>
    </ConfirmDialog>
  );
}

/**
 * The themes ticked for merging (of those still there); merging them clears the ticks. `cardProps`
 * is what a theme's card takes from its screen: busy, its tick, rename and split.
 */
export function useThemeSelection<T extends ThemeSetLike>(set: ThemeSet<T>, themes: Array<{ id: string }>) {
  const [selected, setSelected] = useState<string[]>([]);
  const chosen = selected.filter((id) => themes.some((theme) => theme.id === id));
  const toggle = (id: string) => setSelected((current) => (current.includes(id) ? current.filter((other) => other !== id) : [...current, id]));
  const merge = async () => {
    if (await set.merge(chosen)) setSelected([]);
  };
  const cardProps = (theme: { id: string; version: number }) => ({
    isBusy: set.isBusy,
    isSelected: chosen.includes(theme.id),
    onSelect: () => toggle(theme.id),
    onRename: (label: string) => set.rename(theme, label),
    onSplit: () => void set.split(theme),
  });
  return { chosen, merge, cardProps };
}

/** "Merge selected themes", and until two are ticked, how to. */
export function MergeThemesBar<T extends ThemeSetLike>({ set, selection, keys }: { set: ThemeSet<T>; selection: ReturnType<typeof useThemeSelection>; keys: ThemeSetKeys }) {
  const { t } = useI18n();
  const { chosen } = selection;
  return (
    <div className="theme-merge">
      <Button size="small" disabled={chosen.length < 2} isBusy={set.isBusy} onClick={() => void selection.merge()}>
        {t(keys.merge, { count: chosen.length })}
      </Button>
      {chosen.length < 2 && <span className="muted theme-merge-hint">{t(keys.mergeHint)}</span>}
    </div>
  );
}
