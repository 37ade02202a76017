import { useEffect, useState } from 'react';
import { ApiError } from '../../app/api';

const POLL_MS = 1500;

export type ThemeNotice = { tone: 'success' | 'warning'; text: string } | { tone: 'danger'; error: ApiError };

/** The theme set's fields the screens' life depends on (a survey question's or a conversation's). */
interface ThemeSetLike {
  status: 'running' | 'done' | 'failed' | string;
}

/**
 * The life of a set of themes on a screen (a survey question's answers, a conversation's ideas):
 * while the server finds them, look again every so often and say when they are found; a change
 * answers with the themes as they now stand; a 409 asks first when the team's edits would be
 * replaced (`edited`), else says why in the screen's words and reads the themes again.
 */
export function useThemeSet<T extends ThemeSetLike>(options: {
  themes: { data: T | null; reload: () => Promise<unknown> };
  /** The themes a change answered with, or nothing (a change that answers with no themes). */
  apply: (next: T | void) => void | Promise<unknown>;
  /** Everything the screen shows from the server, read again (the themes, and answers where they are listed). */
  reloadAll: () => Promise<unknown>;
  words: { done: string; busy: string; tooAlike: string; conflict: string };
  /** Once themes stop being found: what else the screen reads again. */
  onFound?: () => void;
}) {
  const { themes, words } = options;
  const [notice, setNotice] = useState<ThemeNotice | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
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
      if (data.status === 'done') setNotice({ tone: 'success', text: words.done });
    }
  }, [isRunning]);

  /** Runs a change; true when it was taken. */
  const change = async (write: () => Promise<T | void>, success?: (next: T | void) => string | null): Promise<boolean> => {
    setIsBusy(true);
    try {
      const next = await write();
      await options.apply(next);
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
        setNotice({ tone: 'warning', text: reason === 'busy' ? words.busy : reason === 'too_alike' ? words.tooAlike : words.conflict });
        await options.reloadAll();
      } else setNotice({ tone: 'danger', error });
      return false;
    } finally {
      setIsBusy(false);
    }
  };

  return { notice, setNotice, isBusy, isConfirming, setIsConfirming, isRunning, change };
}
