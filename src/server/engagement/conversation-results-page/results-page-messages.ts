import type { ConversationWord } from '../conversation-page/conversation-page-messages.js';
import type { ResultsPageKey } from '../../../core/engagement/conversations/conversation-results-words.js';

export type { ResultsPageKey } from '../../../core/engagement/conversations/conversation-results-words.js';

/** The results page's words, from the conversation page's in the reader's language (the district's own beyond English and Spanish). */
export function resultsWordsOf(word: ConversationWord) {
  return (key: ResultsPageKey, values?: Record<string, string | number>) => word(`results.${key}`, values);
}
