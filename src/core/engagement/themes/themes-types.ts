/** One open-text answer: the response's id (or any stable id) and what the person wrote. */
export interface Answer {
  id: string;
  text: string;
}

/**
 * A group of answers about one thing. `key` is stable for the same input ("theme-1" is the
 * largest theme, "other" holds the answers with no words to group by); `label` is a suggestion
 * in the answers' own words, which the team may rename; `words` are its most distinctive words
 * and two-word terms; `answerIds` are nearest the theme's centre first; `samples` are three
 * typical quotes, `sampleIds` the answers they come from (to star them).
 */
export interface Theme {
  key: string;
  label: string;
  words: string[];
  answerIds: string[];
  samples: string[];
  sampleIds: string[];
}

export interface Themes {
  themes: Theme[];
}

/** The key and label of the theme of answers that have no words to group by (empty, "ok", "N/A", "123"). */
export const OTHER_THEME_KEY = 'other';
export const OTHER_THEME_LABEL = 'Other';
