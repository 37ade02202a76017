import type { ThemesNow } from '../themes/read-themes.js';
import { presentThemeHead, presentThemeSet } from '../themes/theme-set.present.js';
import type { ConversationScope, IdeaRow } from './conversation-themes.repo.js';
import type { ConversationSubject } from './conversation-theme-scope.js';

/**
 * A conversation's themes with every idea in each (a conversation has hundreds of ideas, not
 * thousands of answers), the ideas not sorted and those accepted since.
 */
export function presentConversationThemes(read: ThemesNow<ConversationScope, IdeaRow, ConversationSubject>) {
  return {
    conversation_id: read.scope.conversationId,
    ...presentThemeSet(read),
    statements: read.items.length,
    themes: read.themes.map(({ theme, items }) => ({
      ...presentThemeHead(theme),
      count: items.length,
      statements: items.map(presentIdea),
      version: theme.version,
    })),
    unsorted: read.items.filter((idea) => idea.is_placed && !idea.theme_id).map(presentIdea),
    new_statements: read.items.filter((idea) => !idea.is_placed).map(presentIdea),
  };
}

function presentIdea(idea: IdeaRow) {
  return { id: idea.id, text: idea.text, language: idea.language, is_seed: idea.is_seed, external_id: idea.external_id };
}
