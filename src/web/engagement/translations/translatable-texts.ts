import { choicesOf, textIn } from '../../../core/engagement/likert-scales';
import type { LocalizedText, SurveyDocument, SurveyQuestion } from '../../../core/engagement/survey-format';
import { pointerSegments } from '../builder/survey-paths';

/**
 * Every text of a survey a translator fills in, in the order a respondent meets them: the title,
 * intro and thank-you, then each question's text, help, options and matrix items. The points of a
 * Likert scale come with built-in English and Spanish; in any further language they are texts to
 * translate too, kept on the question's `options` under the scale's keys.
 */
export interface TranslatableText {
  /** JSON pointer of the LocalizedText in the document: "/questions/2/options/1/text". */
  path: string;
  /** The text in the survey's first language (or the first that has one), to translate from. */
  source: string;
  /** The text in the language being translated, or '' when missing. */
  text: string;
  isMissing: boolean;
  /** Intro, thank-you and help read better in a paragraph box. */
  isLong: boolean;
  /** A scale point's key: the server names a point the question does not list yet by it. */
  key?: string;
}

const builtInScaleLanguages = new Set(['en', 'es']);

const hasScale = (question: SurveyQuestion) => (question.type === 'likert' || question.type === 'matrix') && Boolean(question.scale);

export function translatableTexts(document: SurveyDocument, language: string): TranslatableText[] {
  const fallbacks = [...document.languages, 'en', 'es'];
  const entries: TranslatableText[] = [];
  const add = (path: string, text: LocalizedText | undefined, isLong = false, key?: string) => {
    if (!text) return;
    const translated = text[language] ?? '';
    entries.push({ path, source: textIn(text, document.languages[0]!, fallbacks), text: translated, isMissing: !translated.trim(), isLong, ...(key ? { key } : {}) });
  };
  add('/title', document.title);
  add('/intro', document.intro, true);
  add('/thank_you', document.thank_you, true);
  document.questions.forEach((question, i) => {
    const at = `/questions/${i}`;
    add(`${at}/text`, question.text);
    add(`${at}/help`, question.help, true);
    if (hasScale(question)) {
      if (!builtInScaleLanguages.has(language)) scalePoints(question).forEach((point, j) => add(`${at}/options/${j}/text`, point.text, false, point.key));
    } else {
      question.options?.forEach((option, j) => add(`${at}/options/${j}/text`, option.text));
    }
    question.items?.forEach((item, j) => add(`${at}/items/${j}/text`, item.text));
  });
  return entries;
}

/** A scale's points with the question's own texts for them (which win over the built-in ones). */
function scalePoints(question: SurveyQuestion) {
  return choicesOf(question);
}

/** Sets the text at `path` in `language`; an emptied translation leaves the map. */
export function setTranslation(document: SurveyDocument, path: string, language: string, value: string): SurveyDocument {
  const segments = pointerSegments(path);
  const next = structuredClone(document);
  const [first, index, list] = segments;
  // A scale point translated for the first time: the question takes the scale's points as its options.
  if (first === 'questions' && list === 'options') {
    const question = next.questions[Number(index)];
    if (question && hasScale(question)) question.options = structuredClone(scalePoints(question));
  }
  let target: Record<string, unknown> = next as unknown as Record<string, unknown>;
  for (const segment of segments.slice(0, -1)) {
    target = (Array.isArray(target) ? target[Number(segment)] : target[segment]) as Record<string, unknown>;
    if (!target) return document;
  }
  const field = segments.at(-1)!;
  const texts: LocalizedText = { ...((target[field] as LocalizedText | undefined) ?? {}) };
  if (value.trim()) texts[language] = value;
  else delete texts[language];
  target[field] = texts;
  return next;
}

/**
 * The entry a missing translation the server names stands for: its path, or for a scale point the
 * question does not list yet ("/questions/2/options" with the point's key) the entry of that point.
 */
export function entryFor(entries: readonly TranslatableText[], path: string, key?: string): TranslatableText | undefined {
  const exact = entries.find((entry) => entry.path === path);
  if (exact) return exact;
  const within = entries.filter((entry) => entry.path.startsWith(`${path}/`));
  return (key ? within.find((entry) => entry.key === key) : undefined) ?? within[0];
}
