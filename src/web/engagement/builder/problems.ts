import { createContext, useContext } from 'react';
import { fieldIssueMessage, type ApiErrorDetail } from '../../app/api';
import { documentPointer } from './survey-paths';

/**
 * The problems of the document being edited, by JSON pointer into it: what the server (or the
 * browser's own check with the same rules) said, so each field shows the one that names it.
 */
export interface Problems {
  /** The message for exactly this place ("/questions/2/options"), in the reader's language. */
  at: (path: string) => string | undefined;
  /** Whether anything under this place has a problem: a question with one opens itself. */
  isAnyUnder: (path: string) => boolean;
}

export const noProblems: Problems = { at: () => undefined, isAnyUnder: () => false };

export function problemsOf(details: readonly ApiErrorDetail[]): Problems {
  const byPath = new Map<string, string>();
  for (const detail of details) {
    const path = documentPointer(detail.path);
    if (!byPath.has(path)) byPath.set(path, fieldIssueMessage(detail));
  }
  return {
    at: (path) => byPath.get(path),
    isAnyUnder: (path) => [...byPath.keys()].some((p) => p === path || p.startsWith(`${path}/`)),
  };
}

export const ProblemsContext = createContext<Problems>(noProblems);
export const useProblems = () => useContext(ProblemsContext);

/** The id of the control that edits the text or value at a pointer, for the problem list's links. */
export const fieldIdOf = (path: string) => `survey-field${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
