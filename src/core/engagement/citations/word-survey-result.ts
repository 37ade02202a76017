import { textIn } from '../likert-scales.js';
import type { LocalizedText } from '../survey-format.js';
import type { Count, QuestionResult } from '../survey-results-types.js';

type Language = 'en' | 'es';

const words = {
  en: { topTwo: (share: string, labels: string) => `${share} ${labels}`, or: 'or', top: (share: string, label: string) => `${share} chose “${label}”`, mean: (value: string) => `average ${value}`, first: (label: string) => `“${label}” ranked first most often`, answers: (n: string) => `${n} written answers`, answered: (n: string) => `n = ${n}` },
  es: { topTwo: (share: string, labels: string) => `${share} ${labels}`, or: 'o', top: (share: string, label: string) => `${share} eligió «${label}»`, mean: (value: string) => `promedio ${value}`, first: (label: string) => `«${label}» quedó primero más veces`, answers: (n: string) => `${n} respuestas escritas`, answered: (n: string) => `n = ${n}` },
} as const;

const count = (value: Count | undefined) => (typeof value === 'number' ? value : null);

/**
 * A survey question's overall result in one line a plan can cite as evidence: "Family survey 2026:
 * I feel welcome at my child's school — 72% agree or strongly agree (n = 310)". Likert questions
 * give the share of their top two points; other choices their most chosen option; numbers their
 * mean; rankings the option most often first; open questions how many wrote. Only the "all"
 * column is read, itself already protected: a suppressed total words no figure.
 */
export function wordSurveyResult(options: { surveyTitle: LocalizedText; question: QuestionResult; language: Language; fallbacks: readonly string[] }): string {
  const { question, language, fallbacks } = options;
  const say = words[language];
  const text = (value: LocalizedText) => textIn(value, language, fallbacks);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const answered = count(question.answered.all);
  const head = `${text(options.surveyTitle)}: ${text(question.text)}`;
  if (!answered) return head;
  const share = (n: number) => percent.format(n / answered);
  let finding: string | null = null;
  if (question.type === 'likert' && question.options?.length) {
    const points = question.options.filter((o) => o.key !== 'dont_know');
    const topTwo = points.slice(-2);
    const sum = topTwo.reduce<number | null>((total, o) => (total === null || count(o.counts.all) === null ? null : total + count(o.counts.all)!), 0);
    if (sum !== null) finding = say.topTwo(share(sum), topTwo.map((o) => text(o.label).toLocaleLowerCase(language)).reverse().join(` ${say.or} `));
  } else if ((question.type === 'single' || question.type === 'multi') && question.options?.length) {
    const top = [...question.options].sort((a, b) => (count(b.counts.all) ?? -1) - (count(a.counts.all) ?? -1))[0]!;
    if (count(top.counts.all) !== null) finding = say.top(share(count(top.counts.all)!), text(top.label));
  } else if (question.type === 'number' && question.summary?.all && !('suppressed' in question.summary.all)) {
    finding = say.mean(number.format(question.summary.all.mean));
  } else if (question.type === 'rank' && question.ranking?.length) {
    const first = [...question.ranking].sort((a, b) => (count(b.first.all) ?? -1) - (count(a.first.all) ?? -1))[0]!;
    if (count(first.first.all)) finding = say.first(text(first.label));
  } else if (question.type === 'text') {
    return `${head} (${say.answers(number.format(answered))})`;
  }
  return finding ? `${head}: ${finding} (${say.answered(number.format(answered))})` : `${head} (${say.answered(number.format(answered))})`;
}
