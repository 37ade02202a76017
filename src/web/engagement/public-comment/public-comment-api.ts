import { withQuery } from '../../app/api';
import type { ThemeSetState } from '../themes/themes-api';

/**
 * Public comment on a draft plan, as the planning team reads it: the addresses of
 * src/server/engagement/public-comment (windows, comments, moderation, dispositions, logs) and of
 * public-comment-themes, in one place, with the shapes they answer.
 */
export const publicCommentApi = {
  windows: (planId: string) => `/api/plans/${planId}/public-comment`,
  window: (planId: string, windowId: string) => `/api/plans/${planId}/public-comment/windows/${windowId}`,
  changes: (planId: string, windowId: string | null) => withQuery(`/api/plans/${planId}/public-comment/changes`, { window: windowId }),
  comments: (planId: string, filter: CommentFilter = {}) =>
    withQuery(`/api/plans/${planId}/comments/public`, { window: filter.window, element_key: filter.elementKey, status: filter.status }),
  moderation: (planId: string, commentId: string) => `/api/plans/${planId}/comments/public/${commentId}/moderation`,
  disposition: (planId: string, commentId: string) => `/api/plans/${planId}/comments/public/${commentId}/disposition`,
  moderationLog: (planId: string) => `/api/plans/${planId}/comments/public/moderation-log.csv`,
  responseLog: (planId: string) => `/api/plans/${planId}/comments/public/response-log.csv`,
  // lang: a download is a plain link, so the page names its language.
  packetDocx: (planId: string, lang: string) => `/api/plans/${planId}/public-comment/packet.docx?lang=${lang}`,
  packetPdf: (planId: string, lang: string) => `/api/plans/${planId}/public-comment/packet.pdf?lang=${lang}`,
  themes: (planId: string, windowId: string) => `/api/plans/${planId}/public-comment/windows/${windowId}/themes`,
  themeDisposition: (planId: string, windowId: string, themeId: string) => `${publicCommentApi.themes(planId, windowId)}/${themeId}/disposition`,
};

export const commentStatuses = ['unconfirmed', 'pending', 'accepted', 'hidden'] as const;
export type CommentStatus = (typeof commentStatuses)[number];
export const dispositionValues = ['accepted', 'partly', 'not_accepted', 'out_of_scope'] as const;
export type DispositionValue = (typeof dispositionValues)[number];

export interface CommentFilter {
  window?: string | null;
  elementKey?: string | null;
  status?: CommentStatus | null;
}

export interface PublicCommentWindow {
  id: string;
  plan_id: string;
  draft_version: number;
  opens_on: string;
  closes_on: string;
  is_open: boolean;
  closed_at: string | null;
  verify_email: boolean;
  show_comments: boolean;
  counts: { received: number; unconfirmed: number; pending: number; accepted: number; hidden: number; answered: number };
  version: number;
}

export interface PublicCommentWindows {
  /** The latest first. */
  windows: PublicCommentWindow[];
  /** The draft page's address while the plan is out for comment. */
  draft_url: string | null;
  /** The public "what we heard, what we did" page once the plan is adopted. */
  heard_url: string | null;
}

export interface Disposition {
  value: DispositionValue;
  note: string | null;
  changed_keys: string[];
  by: string | null;
  at: string;
  /** Present on a comment's disposition: true when it is its theme's answer, not its own. */
  from_theme?: boolean;
}

export interface TeamPublicComment {
  id: string;
  window_id: string;
  element_key: string | null;
  quote: string | null;
  body: string;
  language: string;
  author_name: string | null;
  has_email: boolean;
  email_confirmed: boolean;
  role: string | null;
  /** The role's name as the server words it (the district's own label for its own roles). */
  role_label: string | null;
  school: { id: string; name: string } | null;
  status: CommentStatus;
  moderation_reason: string | null;
  disposition: Disposition | null;
  theme: { id: string; label: string } | null;
  created_at: string;
  version: number;
}

export interface DraftChange {
  key: string;
  kind: 'plan' | 'goal' | 'measure' | 'strategy' | 'action';
  title: string;
  change: 'added' | 'removed' | 'changed';
  fields: Array<{ field: string; before: unknown; after: unknown; text_diff?: Array<{ op: 'equal' | 'insert' | 'delete'; text: string }> }>;
}

export interface ChangesSinceDraft {
  window_id: string | null;
  draft_version: number | null;
  changes: DraftChange[];
}

/** What a disposition is sent as, for a comment or a whole theme. */
export interface DispositionBody {
  version: number;
  disposition: DispositionValue | null;
  note?: string;
  changed_keys?: string[];
  /** With accepted or partly and changes made: each changed part of the plan cites the comment or theme. */
  cite_on_changed?: boolean;
}

export interface ThemedComment {
  id: string;
  text: string;
  quote: string | null;
  element_key: string | null;
  language: string;
  status: 'pending' | 'accepted';
  disposition: DispositionValue | null;
}

export interface PublicCommentTheme {
  id: string;
  label: string;
  words: string[];
  is_label_edited: boolean;
  count: number;
  comments: ThemedComment[];
  disposition: Disposition | null;
  version: number;
}

/** A window's themes: where finding them stands (as every kind's), then the comments sorted. */
export interface PublicCommentThemes extends ThemeSetState {
  plan_id: string;
  window_id: string;
  comments: number;
  themes: PublicCommentTheme[];
  unsorted: ThemedComment[];
  new_comments: ThemedComment[];
}
