import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken, setUnauthenticatedHandler } from './api';
import type { Account, Locale, SessionOrganization, SessionResponse } from './api-types';
import { useI18n } from './i18n/i18n-provider';

interface SessionContextValue {
  session: SessionResponse | null;
  needsSetup: boolean;
  /** Called with the SessionResponse of sign-in, setup or invitation acceptance. */
  startSession: (session: SessionResponse) => void;
  /** Fetches the session again, for example after someone changed the user's memberships. */
  refreshSession: () => Promise<void>;
  updateAccount: (account: Account) => void;
  signOut: (options?: { everywhere?: boolean }) => Promise<void>;
  /** Changes the language, and when signed in saves it to the account so every device follows. */
  changeLocale: (locale: Locale) => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

type BootState = { status: 'loading' } | { status: 'failed'; error: ApiError } | { status: 'ready'; needsSetup: boolean; session: SessionResponse | null };

async function fetchSession(): Promise<SessionResponse | null> {
  try {
    return await api.get<SessionResponse>('/api/auth/session');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function SessionProvider({ children, fallback, failure }: { children: ReactNode; fallback: ReactNode; failure: (error: ApiError, retry: () => void) => ReactNode }) {
  const { setLocale } = useI18n();
  const [boot, setBoot] = useState<BootState>({ status: 'loading' });

  const adopt = useCallback(
    (session: SessionResponse | null, needsSetup = false) => {
      setCsrfToken(session?.csrfToken ?? null);
      if (session) setLocale(session.user.locale);
      setBoot({ status: 'ready', needsSetup, session });
    },
    [setLocale],
  );

  const start = useCallback(async () => {
    setBoot({ status: 'loading' });
    try {
      const [setup, session] = await Promise.all([api.get<{ needsSetup: boolean }>('/api/setup'), fetchSession()]);
      adopt(session, setup.needsSetup);
    } catch (error) {
      setBoot({ status: 'failed', error: ApiError.from(error) });
    }
  }, [adopt]);

  useEffect(() => {
    void start();
  }, [start]);

  useEffect(() => {
    // A session that expires while a page is open: drop it, and the guard sends the user to sign in.
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      setBoot((current) => (current.status === 'ready' ? { ...current, session: null } : current));
    });
    return () => setUnauthenticatedHandler(null);
  }, []);

  const value = useMemo<SessionContextValue | null>(() => {
    if (boot.status !== 'ready') return null;
    const session = boot.session;
    return {
      session,
      needsSetup: boot.needsSetup,
      startSession: (next) => adopt(next, false),
      refreshSession: async () => adopt(await fetchSession(), false),
      updateAccount: (account) => {
        if (session) setBoot({ status: 'ready', needsSetup: false, session: { ...session, user: account } });
      },
      signOut: async ({ everywhere = false } = {}) => {
        try {
          await api.post(everywhere ? '/api/auth/sign-out-everywhere' : '/api/auth/sign-out');
        } finally {
          adopt(null, false);
        }
      },
      changeLocale: async (locale) => {
        setLocale(locale);
        if (!session) return;
        const account = await api.patch<Account>('/api/account', { locale });
        setBoot({ status: 'ready', needsSetup: false, session: { ...session, user: account } });
      },
    };
  }, [boot, adopt, setLocale]);

  if (boot.status === 'loading') return <>{fallback}</>;
  if (boot.status === 'failed') return <>{failure(boot.error, () => void start())}</>;
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in session; only for components rendered behind the sign-in guard. */
export function useSignedIn(): SessionResponse & Omit<SessionContextValue, 'session'> {
  const { session, ...rest } = useSession();
  if (!session) throw new Error('useSignedIn used outside the sign-in guard');
  return { ...session, ...rest };
}

export function hasPermission(organization: SessionOrganization | undefined, permission: SessionOrganization['permissions'][number]) {
  return Boolean(organization?.permissions.includes(permission));
}
