import { z } from 'zod';
import { dispositionKeys, WindowParams } from '../public-comment/public-comment.schema.js';
import { themeChangeBodies, themeHeadFields, themeSetFields, timestamp } from '../themes/theme-schemas.js';

/**
 * Themes across a public comment window's comments, in the API's snake_case: the same shapes as a
 * conversation's themes, with comments in place of statements, and each theme's disposition.
 */
export { DispositionBody as PublicCommentThemeDispositionBody } from '../public-comment/public-comment.schema.js';
export const CommentWindowParams = WindowParams;
export const CommentWindowThemeParams = WindowParams.extend({ themeId: z.uuid() });

const bodies = themeChangeBodies({ items: 'comments', idsKey: 'comment_ids' });
export const FindPublicCommentThemesBody = bodies.find;
export const RenamePublicCommentThemeBody = bodies.rename;
export const MergePublicCommentThemesBody = bodies.merge;
export const SplitPublicCommentThemeBody = bodies.split;
export const MovePublicCommentsBody = bodies.move;

export const ThemedPublicComment = z
  .object({
    id: z.uuid(),
    text: z.string().meta({ description: "The comment's body (what is themed)" }),
    quote: z.string().nullable().meta({ description: 'The passage of the draft it answers, as selected (not themed)' }),
    element_key: z.string().nullable(),
    language: z.string(),
    status: z.enum(['pending', 'accepted']),
    disposition: z.enum(dispositionKeys).nullable().meta({ description: "The comment's own disposition, if one was recorded" }),
  })
  .meta({ id: 'ThemedPublicComment' });

export const PublicCommentThemeDisposition = z
  .object({
    value: z.enum(dispositionKeys),
    note: z.string().nullable(),
    changed_keys: z.array(z.string()).meta({ description: 'Elements changed since the draft opened that carry the decision out' }),
    by: z.string().nullable().meta({ description: 'The name of who recorded it' }),
    at: timestamp,
  })
  .meta({ id: 'PublicCommentThemeDisposition' });

export const PublicCommentTheme = z
  .object({
    ...themeHeadFields(),
    count: z.number().int().meta({ description: 'How many pending or accepted comments it holds' }),
    comments: z.array(ThemedPublicComment).meta({ description: "Its comments, nearest the theme's centre first" }),
    disposition: PublicCommentThemeDisposition.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'PublicCommentTheme' });

export const PublicCommentThemesResponse = z
  .object({
    plan_id: z.uuid(),
    window_id: z.uuid(),
    ...themeSetFields(),
    comments: z.number().int().meta({ description: 'Pending and accepted comments of the window (unconfirmed and hidden ones never)' }),
    themes: z.array(PublicCommentTheme),
    unsorted: z.array(ThemedPublicComment).meta({ description: 'In no theme: no words to group by, or moved there' }),
    new_comments: z.array(ThemedPublicComment).meta({ description: 'Came in (or were confirmed or accepted) after the themes were found' }),
  })
  .meta({ id: 'PublicCommentThemes', description: "A public comment window's themes, for the planning team; no counts by group." });
