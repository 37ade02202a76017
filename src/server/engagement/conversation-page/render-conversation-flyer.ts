import { textIn } from '../../../core/engagement/likert-scales.js';
import type { PageTexts } from '../../../core/engagement/page-texts.js';
import { renderFlyerPage, type FlyerLanguage } from '../respondent/flyer-page.js';
import { longDate } from '../respondent/page-frame.js';
import { conversationWordsIn } from './conversation-page-messages.js';

/**
 * A conversation's printable flyer, as a survey's: in its first two languages, the call to share
 * ideas and the prompt in each, the QR code to `/c/<code>`, the address written out, and the date
 * it closes. The words are the participant page's (the district's own beyond English and Spanish).
 */
export function renderConversationFlyer(options: { prompt: Record<string, string>; languages: readonly string[]; organizationName: string; url: string; closesAt: Date | null; pageTexts?: PageTexts }): Promise<string> {
  const languages = options.languages.slice(0, 2).map((language): FlyerLanguage => {
    const word = conversationWordsIn(language, options.pageTexts);
    const line = (text: string) => ({ text, language });
    return {
      language,
      call: line(word('flyerCall')),
      title: textIn(options.prompt, language, [...options.languages]),
      intro: '',
      scan: line(word('flyerScan')),
      answerBy: options.closesAt ? line(word('closesOn', { date: longDate(options.closesAt, language) })) : null,
    };
  });
  return renderFlyerPage({ organizationName: options.organizationName, url: options.url, languages });
}
