import type { Locale } from '../../../core/i18n/format-message.js';
import type { StudentGroupCatalog } from '../../../core/monitoring/student-groups.js';
import { escapeHtml } from '../../documents/escape-html.js';
import type { DraftWordKey } from './draft-page-messages.js';

/** An accepted comment as readers see it: never an email, never a school. */
export interface ReaderComment {
  id: string;
  element_key: string | null;
  quote: string | null;
  body: string;
  author_name: string | null;
  role: string | null;
}

/** A text of the plan in the language it is shown in: the district's translation, or as written (English). */
export interface ShownText {
  text: string;
  language: Locale;
}

/** What every part of the draft page is drawn with. */
export interface DraftRenderContext {
  locale: Locale;
  /** A page word, HTML-escaped. */
  t: (key: DraftWordKey, values?: Record<string, string | number>) => string;
  /** A page word as plain text. */
  word: (key: DraftWordKey, values?: Record<string, string | number>) => string;
  slug: string;
  /** Whether the window takes comments now: the "comment on this" links and the form. */
  canComment: boolean;
  /** A plan text in the reader's language where the district translated these very words. */
  text: (subject: 'plan' | 'element', key: string, field: string, original: string) => ShownText;
  /** The accepted comments by element key ('' for the whole draft), when the district shows them. */
  comments: ReadonlyMap<string, ReaderComment[]> | null;
  roleLabel: (key: string) => string;
  threshold: number;
  groups?: StudentGroupCatalog;
}

/**
 * A plan text as HTML in a tag, marked with its language when it is not the page's. Only the
 * district's own words (English) are "quotable": a passage is checked against the draft as
 * written, so words of a translation cannot be quoted.
 */
export function textHtml(ctx: DraftRenderContext, tag: string, shown: ShownText): string {
  const lang = shown.language === ctx.locale ? '' : ` lang="${shown.language}"`;
  const quotable = shown.language === 'en' ? ' class="quotable"' : '';
  return `<${tag}${quotable}${lang}>${escapeHtml(shown.text)}</${tag}>`;
}
