import type { ThemeSetState } from '../../themes/themes-api';

/**
 * The themes API of one conversation (src/server/engagement/conversation-themes): finding and
 * changing them are under its address, as for every kind (themeSetUrls in use-theme-set.ts).
 */
export const conversationThemesApi = {
  themes: (conversationId: string) => `/api/conversations/${conversationId}/themes`,
};

export interface ThemedStatement {
  id: string;
  text: string;
  language: string;
  is_seed: boolean;
  external_id: string | null;
}

export interface ConversationTheme {
  id: string;
  label: string;
  words: string[];
  is_label_edited: boolean;
  count: number;
  /** Nearest the theme's centre first. */
  statements: ThemedStatement[];
  version: number;
}

export interface ConversationThemes extends ThemeSetState {
  conversation_id: string;
  /** Accepted statements (seed statements too; hidden ones never). */
  statements: number;
  themes: ConversationTheme[];
  unsorted: ThemedStatement[];
  new_statements: ThemedStatement[];
}
