import { createHash } from 'node:crypto';
import type { Locale } from '../../../core/i18n/format-message.js';
import { draftPageFrame } from '../draft-page/draft-page-frame.js';
import { draftPageStyles } from '../draft-page/draft-page-styles.js';

/**
 * The draft page's stylesheet (itself the public progress pages': one look across the district's
 * public pages, the word diff's <ins>/<del> among it) and what this page adds: engagements as
 * spaced cards, themes and goals as lists, the "heard too little" flag.
 */
export const heardPageStyles = `${draftPageStyles}
.engagement{margin:20px 0}
.engagement h2{margin-top:0}
h4{font-size:1rem;margin:0 0 4px}
.note{color:#3d4a5c}
ul.heard-goals,ul.heard-themes{list-style:none;padding:0;margin:0;display:grid;gap:12px}
ul.heard-themes>li{border-top:1px solid #d9dee5;padding-top:10px}
.flag{color:#a4161a}
.comment-body{margin:6px 0;overflow-wrap:anywhere}
.disposition{margin:8px 0 0}
.disposition p{margin:4px 0}
.table-scroll{margin:8px 0}
caption{text-align:left;font-weight:600;padding:4px 0}
`;

/** The hash the page's Content-Security-Policy names to allow exactly this stylesheet. */
export const heardPageStylesHash = `'sha256-${createHash('sha256').update(heardPageStyles).digest('base64')}'`;

/** The page's outer HTML: the draft page's frame with this page's stylesheet, and no script. */
export function heardPageFrame(options: { locale: Locale; title: string; districtName: string; path: string; body: string }): string {
  return draftPageFrame({ ...options, styles: heardPageStyles });
}
