/**
 * Themes of open-text answers: found automatically, then edited by the team (split, relabelled)
 * and searched. Pure and deterministic: the same answers always give the same themes.
 */
export { findThemes, type FindThemesOptions } from './find-themes.js';
export { splitTheme, labelFor, type EditOptions } from './edit-themes.js';
export { searchAnswers, type SearchHit } from './search-answers.js';
export { OTHER_THEME_KEY, OTHER_THEME_LABEL, type Answer, type Theme, type Themes } from './themes-types.js';
