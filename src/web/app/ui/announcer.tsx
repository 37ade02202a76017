import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

const AnnouncerContext = createContext<(message: string) => void>(() => undefined);

/**
 * One polite live region that exists from the first render. Screen readers announce changes to a
 * region they already know; a status message that appears together with its region is often missed.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);

  const announce = useCallback((text: string) => {
    // Clearing first makes a repeated message ("Saved", then "Saved") count as a change.
    setMessage('');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(text), 60);
  }, []);

  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce() {
  return useContext(AnnouncerContext);
}
