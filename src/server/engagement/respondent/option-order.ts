import type { SurveyOption, SurveyQuestion } from '../../../core/engagement/survey-format.js';

/**
 * The order one respondent sees a question's options in. Randomised questions are shuffled by a
 * seed of the respondent's own (their submission id), so the order stays put when the page is
 * drawn again (an error, a language switch) and differs between respondents; the options named in
 * `fixed_last` ("Other", "None of these") stay at the end, in the order listed.
 */
export function orderedOptions(question: Pick<SurveyQuestion, 'key' | 'randomize' | 'fixed_last'>, options: readonly SurveyOption[], seed: string): SurveyOption[] {
  if (!question.randomize) return [...options];
  const last = question.fixed_last ?? [];
  const moving = options.filter((option) => !last.includes(option.key));
  const fixed = last.map((key) => options.find((option) => option.key === key)).filter((option): option is SurveyOption => option !== undefined);
  const random = seededRandom(`${seed}|${question.key}`);
  for (let i = moving.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [moving[i], moving[j]] = [moving[j]!, moving[i]!];
  }
  return [...moving, ...fixed];
}

/** mulberry32 seeded by a string's FNV-1a hash: not for secrets, only a stable shuffle. */
function seededRandom(text: string): () => number {
  let state = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) state = Math.imul(state ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
