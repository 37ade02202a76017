import { z } from 'zod';
import { commentModerationReasonKeys } from '../../../core/engagement/moderation/moderation-policy.js';

export const PlanParams = z.object({ planId: z.uuid() });
export const WindowParams = z.object({ planId: z.uuid(), windowId: z.uuid() });
export const CommentParams = z.object({ planId: z.uuid(), commentId: z.uuid() });
export const SlugParams = z.object({ slug: z.string().min(1).max(100) });
export const LanguageQuery = z.object({ lang: z.enum(['en', 'es']).optional() });

const date = z.iso.date({ message: 'must be a date such as 2027-03-31' });
export const dispositionKeys = ['accepted', 'partly', 'not_accepted', 'out_of_scope'] as const;
const elementKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be an element key such as G1, or mission, vision or values');

/** Opening public comment: the plan's lifecycle move and the window, in one transaction. */
export const OpenWindowBody = z
  .strictObject({
    /** The plan's version as the caller saw it (409 when someone changed it since). */
    version: z.number().int().min(1),
    closes_on: date,
    verify_email: z.boolean().optional(),
    show_comments: z.boolean().optional(),
  })
  .meta({ id: 'OpenPublicCommentBody' });

export const UpdateWindowBody = z
  .strictObject({
    version: z.number().int().min(1),
    closes_on: date.optional(),
    verify_email: z.boolean().optional(),
    show_comments: z.boolean().optional(),
  })
  .meta({ id: 'UpdatePublicCommentWindowBody' });

export const CommentWindow = z
  .object({
    id: z.uuid(),
    plan_id: z.uuid(),
    draft_version: z.number().int(),
    opens_on: z.string(),
    closes_on: z.string(),
    /** Open: the plan is out for comment and today is within the dates. */
    is_open: z.boolean(),
    closed_at: z.string().nullable(),
    verify_email: z.boolean(),
    show_comments: z.boolean(),
    counts: z.object({ received: z.number().int(), unconfirmed: z.number().int(), pending: z.number().int(), accepted: z.number().int(), hidden: z.number().int(), answered: z.number().int() }),
    version: z.number().int(),
  })
  .meta({ id: 'PublicCommentWindow' });

export const CommentWindows = z
  .object({
    /** Every window of the plan, the latest first. */
    windows: z.array(CommentWindow),
    /** The address of the draft page, when the plan is out for comment now. */
    draft_url: z.string().nullable(),
    /** The public "what we heard, what we did" page, once the plan has an adopted version. */
    heard_url: z.string().nullable(),
  })
  .meta({ id: 'PublicCommentWindows' });

export const DispositionBody = z
  .strictObject({
    version: z.number().int().min(1),
    /** null takes the disposition back. */
    disposition: z.enum(dispositionKeys).nullable(),
    note: z.string().trim().max(4000).optional(),
    /** Keys of elements changed since the draft opened that carry the decision out ('mission', 'vision', 'values' for the plan's own texts). */
    changed_keys: z.array(elementKey).max(50).optional(),
    /** With accepted or partly: each changed element cites the comment (or theme), in the same transaction. */
    cite_on_changed: z.boolean().optional(),
  })
  .meta({ id: 'PublicCommentDispositionBody' });

export const ModerationBody = z
  .strictObject({
    decision: z.enum(['accept', 'hide']),
    reason: z.enum(commentModerationReasonKeys).optional(),
  })
  .meta({ id: 'PublicCommentModerationBody' });

const DispositionView = z.object({
  value: z.enum(dispositionKeys),
  note: z.string().nullable(),
  changed_keys: z.array(z.string()),
  by: z.string().nullable(),
  at: z.string(),
  /** True when the comment has no answer of its own and this is its theme's. */
  from_theme: z.boolean(),
});

export const TeamPublicComment = z
  .object({
    id: z.uuid(),
    window_id: z.uuid(),
    element_key: z.string().nullable(),
    quote: z.string().nullable(),
    body: z.string(),
    language: z.string(),
    author_name: z.string().nullable(),
    /** Whether an address was given and confirmed; the address itself never leaves the server. */
    has_email: z.boolean(),
    email_confirmed: z.boolean(),
    role: z.string().nullable(),
    /** The role's name in the reader's language (the district's own label for its own roles). */
    role_label: z.string().nullable(),
    school: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    status: z.enum(['unconfirmed', 'pending', 'accepted', 'hidden']),
    moderation_reason: z.string().nullable(),
    disposition: DispositionView.nullable(),
    theme: z.object({ id: z.uuid(), label: z.string() }).nullable(),
    created_at: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'TeamPublicComment' });

export const TeamPublicCommentList = z
  .object({
    comments: z.array(TeamPublicComment),
  })
  .meta({ id: 'TeamPublicCommentList' });

export const ListCommentsQuery = z.object({
  window: z.uuid().optional(),
  element_key: elementKey.optional(),
  status: z.enum(['unconfirmed', 'pending', 'accepted', 'hidden']).optional(),
});

/** A comment from anyone (the contract of issue 15), with the draft page's optional fields. */
export const PostCommentBody = z
  .strictObject({
    element_key: elementKey.nullable().optional(),
    quote: z.string().trim().max(1000).nullable().optional(),
    body: z.string().trim().min(1, 'is required').max(5000),
    submission_id: z.uuid({ message: 'must be a uuid the page makes for this comment' }),
    name: z.string().trim().max(120).nullable().optional(),
    email: z.email({ message: 'must be an email address' }).max(254).nullable().optional(),
    role: z.string().max(64).nullable().optional(),
    school_id: z.uuid().nullable().optional(),
    language: z.enum(['en', 'es']).optional(),
    /** The page's "started at" token: a comment sent within seconds of the page opening is refused. */
    form_token: z.string().max(200).optional(),
    /** Left empty by people; a form filler that fills every field gets a 201 and nothing is kept. */
    website: z.string().max(500).optional(),
  })
  .meta({ id: 'PostPublicCommentBody' });

export const PostedComment = z
  .object({
    id: z.uuid().nullable(),
    status: z.enum(['unconfirmed', 'pending', 'accepted']),
    /** What to tell the writer, in their language. */
    message: z.string(),
  })
  .meta({ id: 'PostedPublicComment' });

export const ChangesSinceDraft = z
  .object({
    window_id: z.uuid().nullable(),
    draft_version: z.number().int().nullable(),
    /** Every element changed, added or removed since the draft opened, with its fields' word diffs. */
    changes: z.array(
      z.object({
        key: z.string(),
        kind: z.enum(['plan', 'goal', 'measure', 'strategy', 'action']),
        title: z.string(),
        change: z.enum(['added', 'removed', 'changed']),
        fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown(), text_diff: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })).optional() })),
      }),
    ),
  })
  .meta({ id: 'ChangesSinceDraft' });
