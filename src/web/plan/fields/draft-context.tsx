import { createContext, useContext } from 'react';

/** The form being edited: its values, where each refused value's message goes, and whether it may change. */
export interface Draft {
  get: (path: string) => unknown;
  set: (path: string, value: unknown) => void;
  errorAt: (path: string) => string | undefined;
  isReadOnly: boolean;
}

export const DraftContext = createContext<Draft | null>(null);

export function useDraft(): Draft {
  const draft = useContext(DraftContext);
  if (!draft) throw new Error('useDraft must be used inside a DraftContext provider');
  return draft;
}
