import { textIn } from '../../../core/engagement/likert-scales.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { renderFlyerPage, type FlyerLanguage } from './flyer-page.js';
import type { PageTexts } from '../../../core/engagement/page-texts.js';
import { longDate } from './page-frame.js';
import { pageWordsIn, type SurveyPageMessageKey } from './survey-page-messages.js';

/**
 * The survey's printable flyer: one Letter page for a school's front office or a community event,
 * in the survey's first two languages (English and Spanish for most), its title and one line of its
 * introduction in each, then the QR code and link of the flyer page (flyer-page.ts).
 */
export async function renderFlyer(options: { document: SurveyDocument; organizationName: string; url: string; closesAt: Date | null; pageTexts?: PageTexts }): Promise<string> {
  const { document } = options;
  const languages = document.languages.slice(0, 2).map((language): FlyerLanguage => {
    const page = pageWordsIn(language, options.pageTexts);
    // Each of the page's own words is marked with the language it is in: English where the district has not translated it.
    const line = (key: SurveyPageMessageKey, values: Record<string, string> = {}) => {
      const word = page.word(key, values);
      return { text: word.text, language: word.fallback ?? language };
    };
    const intro = document.intro ? firstLine(textIn(document.intro, language, document.languages)) : '';
    const answerBy = options.closesAt ? line('flyerAnswerBy', { date: longDate(options.closesAt, page.word('flyerAnswerBy').fallback ?? language) }) : null;
    return { language, call: line('flyerCall'), title: textIn(document.title, language, document.languages), intro, scan: line('flyerScan'), answerBy };
  });
  return renderFlyerPage({ organizationName: options.organizationName, url: options.url, languages });
}

/** The introduction's first sentence or line, short enough for a flyer. */
function firstLine(text: string): string {
  const line = text.split('\n').find((part) => part.trim())?.trim() ?? '';
  const sentence = /^(.{20,220}?[.!?。؟])(\s|$)/u.exec(line)?.[1] ?? line;
  return sentence.length > 240 ? `${sentence.slice(0, 237).trimEnd()}…` : sentence;
}
