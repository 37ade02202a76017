import type { PlanDocument } from './format/plan-format.schema.js';

/** The kinds of element a message can name; interim goals and guardrails keep their own word. */
export type LabelledKind = 'goal' | 'interim_goal' | 'guardrail' | 'measure' | 'strategy' | 'action';

/** Titles can be 20,000 characters; a message quotes only the start so it stays one line. */
export const MAX_QUOTED_TITLE = 60;

const defaultWords: Record<LabelledKind, string> = {
  goal: 'Goal',
  interim_goal: 'Interim goal',
  guardrail: 'Guardrail',
  measure: 'Measure',
  strategy: 'Strategy',
  action: 'Action',
};

/**
 * Names an element the way the plan does: `Action step G1.S1.A2 "Train every K-5 teacher..."`.
 * A plan's level_names ("Initiative", "Vital sign") replace the default words, so a committee
 * reads its own vocabulary; interim goals and guardrails have no level name in the format.
 */
export function labelElement(levelNames: PlanDocument['plan']['level_names'], kind: LabelledKind, key: string, title: string | undefined): string {
  const word = (kind === 'interim_goal' || kind === 'guardrail' ? undefined : levelNames?.[kind]) ?? defaultWords[kind];
  const quoted = quoteTitle(title);
  return quoted ? `${word} ${key} ${quoted}` : `${word} ${key}`;
}

/** A title in double quotes, cut at a word boundary with an ellipsis when long; '' when blank. */
export function quoteTitle(title: string | undefined): string {
  const trimmed = (title ?? '').replace(/\s+/g, ' ').trim();
  if (!trimmed) return '';
  const characters = [...trimmed];
  if (characters.length <= MAX_QUOTED_TITLE) return `"${trimmed}"`;
  const cut = characters.slice(0, MAX_QUOTED_TITLE).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `"${(atWord.length >= MAX_QUOTED_TITLE / 2 ? atWord : cut).trimEnd()}..."`;
}
