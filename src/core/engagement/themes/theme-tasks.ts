import { assignToThemes, type Placement, type ThemeMembers } from './assign-to-themes.js';
import { labelFor, splitTheme } from './edit-themes.js';
import { findThemes } from './find-themes.js';
import type { Answer, Theme, Themes } from './themes-types.js';

/**
 * The theme finder's CPU-heavy work as plain data in and out, so the server can hand any of it to
 * a worker thread (structured-clonable both ways) and name what it expects back.
 */
export type ThemeTask =
  | { task: 'find'; answers: Answer[]; ignoreWords: string[]; maxThemes?: number }
  | { task: 'split'; answers: Answer[]; ignoreWords: string[] }
  | { task: 'label'; answers: Answer[]; among: Answer[]; ignoreWords: string[] }
  | { task: 'assign'; themes: ThemeMembers[]; newAnswers: Answer[]; ignoreWords: string[] };

export interface ThemeTaskResults {
  find: Themes;
  split: [Theme, Theme] | null;
  label: { label: string; words: string[] };
  assign: Placement[];
}

export function runThemeTask<T extends ThemeTask>(input: T): ThemeTaskResults[T['task']];
export function runThemeTask(input: ThemeTask): ThemeTaskResults[ThemeTask['task']] {
  switch (input.task) {
    case 'find':
      return findThemes(input.answers, { ignoreWords: input.ignoreWords, maxThemes: input.maxThemes });
    case 'split':
      return splitTheme(input.answers, { ignoreWords: input.ignoreWords });
    case 'label':
      return labelFor(input.answers, { among: input.among, ignoreWords: input.ignoreWords });
    case 'assign':
      return assignToThemes({ themes: input.themes, newAnswers: input.newAnswers, ignoreWords: input.ignoreWords });
  }
}
