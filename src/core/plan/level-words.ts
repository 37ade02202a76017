import type { Locale } from '../i18n/format-message.js';

export type PlanLevel = 'goal' | 'measure' | 'strategy' | 'action';

/**
 * The English words a plan carries when it kept the default vocabulary: the strategic-plan/v1
 * exports, the Excel workbook and the demo write them out ("Action step" included). They are the
 * language's words, not the district's, so they do not stop a Spanish reader from reading "Meta".
 */
const englishDefaults: Record<PlanLevel, readonly string[]> = {
  goal: ['goal', 'goals'],
  measure: ['measure', 'measures'],
  strategy: ['strategy', 'strategies'],
  action: ['action', 'actions', 'action step', 'action steps'],
};

/**
 * The plan's own name for a level, as a reader of `locale` should see it: the plan's word as written
 * when it chose one ("Priority", "Iniciativa"), and undefined, meaning "say the interface's word",
 * when it has none or when it is the English default and the reader does not read English.
 */
export function ownLevelName(levelNames: Partial<Record<PlanLevel, string>> | undefined, level: PlanLevel, locale: Locale): string | undefined {
  const own = levelNames?.[level]?.trim();
  if (!own) return undefined;
  if (locale !== 'en' && englishDefaults[level].includes(own.toLowerCase())) return undefined;
  return own;
}
