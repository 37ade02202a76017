import { useEffect, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import type { Resource } from '../../app/use-resource';
import type { ThemeSetKeys } from './theme-keys';

const POLL_MS = 1500;

export type ThemeNotice = { tone: 'success' | 'warning'; text: string } | { tone: 'danger'; error: ApiError };

/** The theme set's fields the screens' life depends on (a survey question's, a conversation's, a comment window's). */
export interface ThemeSetLike {
  status: 'running' | 'done' | 'failed' | string;
  error: string | null;
  edited_at: string | null;
  version: number;
}

/** Where a theme set is found and changed: the three kinds answer the same requests at their own addresses. */
export interface ThemeSetUrls {
  find: string;
  theme: (themeId: string) => string;
  split: (themeId: string) => string;
  merge: string;
  move: string;
  /** The field of a move naming what moves (`response_ids`, `statement_ids`, `comment_ids`). */
  moveField: string;
}

/**
 * The addresses under a theme set's own (`…/themes`): the server answers the same paths for every
 * kind, only a survey's answers move elsewhere.
 */
export function themeSetUrls(base: string, moveField: string, move = `${base}/move`): ThemeSetUrls {
  return { find: `${base}/find`, theme: (themeId) => `${base}/${themeId}`, split: (themeId) => `${base}/${themeId}/split`, merge: `${base}/merge`, move, moveField };
}

export type ThemeSet<T extends ThemeSetLike> = ReturnType<typeof useThemeSet<T>>;

/**
 * The life of a set of themes on a screen (a survey question's answers, a conversation's ideas, a
 * comment window's comments): while the server finds them, look again every so often and say when
 * they are found; a change answers with the themes as they now stand; a 409 asks first when the
 * team's edits would be replaced (`edited`), else says why in the screen's words and reads the
 * themes again. Finding, renaming, splitting, merging and moving are the same requests for every kind.
 */
export function useThemeSet<T extends ThemeSetLike>(options: {
  themes: Resource<T>;
  urls: ThemeSetUrls;
  /** The kind's words for what the life of its themes says. */
  keys: ThemeSetKeys;
  /** The themes a change answered with, or nothing (a change that answers with no themes); by default shown as they now stand. */
  apply?: (next: T | void) => void | Promise<unknown>;
  /** Everything the screen shows from the server, read again (by default the themes; answers too where they are listed). */
  reloadAll?: () => Promise<unknown>;
  /** Once themes stop being found: what else the screen reads again. */
  onFound?: () => void;
}) {
  const { themes, keys } = options;
  const { t } = useI18n();
  const apply = options.apply ?? ((next: T | void) => {
      if (next) themes.setData(next);
    });
  const [notice, setNotice] = useState<ThemeNotice | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  // The request to find themes answers when they are found or after a few seconds: say so meanwhile.
  const [isFinding, setIsFinding] = useState(false);
  const data = themes.data;
  const isRunning = data?.status === 'running';

  useEffect(() => {
    if (!isRunning) return;
    const timer = setTimeout(() => void themes.reload(), POLL_MS);
    return () => clearTimeout(timer);
  }, [isRunning, themes.data]);
  const [wasRunning, setWasRunning] = useState(false);
  useEffect(() => {
    if (isRunning) setWasRunning(true);
    else if (wasRunning && data) {
      setWasRunning(false);
      options.onFound?.();
      if (data.status === 'done') setNotice({ tone: 'success', text: t(keys.done) });
    }
  }, [isRunning]);

  /** Runs a change; true when it was taken. */
  const change = async (write: () => Promise<T | void>, success?: (next: T | void) => string | null): Promise<boolean> => {
    setIsBusy(true);
    try {
      const next = await write();
      await apply(next);
      const said = success?.(next) ?? null;
      setNotice(said ? { tone: 'success', text: said } : null);
      return true;
    } catch (cause) {
      const error = ApiError.from(cause);
      const reason = error.body.reason;
      if (error.status === 409 && reason === 'edited') {
        setIsConfirming(true);
        await themes.reload();
      } else if (error.status === 409) {
        setNotice({ tone: 'warning', text: t(reason === 'busy' ? keys.busy : reason === 'too_alike' ? keys.tooAlike : keys.conflict) });
        await (options.reloadAll ?? themes.reload)();
      } else setNotice({ tone: 'danger', error });
      return false;
    } finally {
      setIsBusy(false);
    }
  };

  const { urls } = options;
  /** Finds the themes (again); asks first when that would replace the team's edits. */
  const findThemes = async (replaceEdited: boolean) => {
    setIsConfirming(false);
    if (data?.edited_at && !replaceEdited) return setIsConfirming(true);
    // Answered with the themes when they took a moment, else while they are still being found.
    setIsFinding(true);
    await change(
      () => api.post<T>(urls.find, { version: data?.version ?? 0, replace_edited: replaceEdited }),
      (next) => (next?.status === 'done' ? t(keys.done) : null),
    );
    setIsFinding(false);
  };
  const rename = (theme: { id: string; version: number }, label: string) => change(() => api.patch<T>(urls.theme(theme.id), { version: theme.version, label }));
  const split = (theme: { id: string }) => change(() => api.post<T>(urls.split(theme.id), { version: data!.version }));
  const merge = (themeIds: string[]) => change(() => api.post<T>(urls.merge, { version: data!.version, theme_ids: themeIds }));
  const move = (ids: string[], themeId: string | null) =>
    change(() => api.post<T>(urls.move, { version: data!.version, [urls.moveField]: ids, theme_id: themeId }), () => t(keys.moved, { count: ids.length }));

  return { notice, setNotice, isBusy, isConfirming, setIsConfirming, isRunning, isFinding, change, findThemes, rename, split, merge, move };
}
