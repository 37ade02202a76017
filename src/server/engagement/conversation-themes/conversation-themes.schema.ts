import { z } from 'zod';
import { themeChangeBodies, themeHeadFields, themeSetFields } from '../themes/theme-schemas.js';

/**
 * Themes across a conversation's ideas (its accepted statements), in the API's snake_case: the
 * same shapes as a survey question's themes, with statements in place of answers.
 */
export const ConversationParams = z.object({ conversationId: z.uuid() });
export const ConversationThemeParams = ConversationParams.extend({ themeId: z.uuid() });

const bodies = themeChangeBodies({ items: 'statements', idsKey: 'statement_ids' });
export const FindConversationThemesBody = bodies.find;
export const RenameConversationThemeBody = bodies.rename;
export const MergeConversationThemesBody = bodies.merge;
export const SplitConversationThemeBody = bodies.split;
export const MoveConversationStatementsBody = bodies.move;

export const ThemedStatement = z
  .object({
    id: z.uuid(),
    text: z.string(),
    language: z.string(),
    is_seed: z.boolean(),
    external_id: z.string().nullable().meta({ description: 'The Polis comment id, for an imported conversation' }),
  })
  .meta({ id: 'ThemedStatement' });

export const ConversationTheme = z
  .object({
    ...themeHeadFields(),
    count: z.number().int().meta({ description: 'How many accepted statements it holds' }),
    statements: z.array(ThemedStatement).meta({ description: "Its statements, nearest the theme's centre first" }),
    version: z.number().int(),
  })
  .meta({ id: 'ConversationTheme' });

export const ConversationThemesResponse = z
  .object({
    conversation_id: z.uuid(),
    ...themeSetFields(),
    statements: z.number().int().meta({ description: 'Accepted statements (seed statements included; hidden ones never)' }),
    themes: z.array(ConversationTheme),
    unsorted: z.array(ThemedStatement).meta({ description: 'In no theme: no words to group by, or moved there' }),
    new_statements: z.array(ThemedStatement).meta({ description: 'Accepted after the themes were found' }),
  })
  .meta({ id: 'ConversationThemes', description: "A conversation's themes across its ideas; no counts by group." });
