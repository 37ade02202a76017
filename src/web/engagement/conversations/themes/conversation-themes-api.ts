/** The themes API of one conversation (src/server/engagement/conversation-themes), in one place. */
export const conversationThemesApi = {
  themes: (conversationId: string) => `${base(conversationId)}`,
  find: (conversationId: string) => `${base(conversationId)}/find`,
  theme: (conversationId: string, themeId: string) => `${base(conversationId)}/${themeId}`,
  split: (conversationId: string, themeId: string) => `${base(conversationId)}/${themeId}/split`,
  merge: (conversationId: string) => `${base(conversationId)}/merge`,
  move: (conversationId: string) => `${base(conversationId)}/move`,
};

const base = (conversationId: string) => `/api/conversations/${conversationId}/themes`;

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

export interface ConversationThemes {
  conversation_id: string;
  status: 'none' | 'running' | 'done' | 'failed';
  error: string | null;
  started_at: string | null;
  found_at: string | null;
  edited_at: string | null;
  version: number;
  /** Accepted statements (seed statements too; hidden ones never). */
  statements: number;
  themes: ConversationTheme[];
  unsorted: ThemedStatement[];
  new_statements: ThemedStatement[];
}
