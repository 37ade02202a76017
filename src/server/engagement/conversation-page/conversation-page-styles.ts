import { createHash } from 'node:crypto';
import { surveyPageStyles } from '../respondent/survey-page-styles.js';

/**
 * The participant page's stylesheet: the survey page's (the same look, contrast, touch targets and
 * logical properties) and what a conversation adds: the idea card, three big vote buttons that
 * stack on a narrow phone, stars as large radio buttons, the idea counter. Inlined, so nothing
 * more is fetched on a slow phone, and allowed by its hash alone.
 */
export const conversationPageStyles = `${surveyPageStyles}
.card{background:#fff;border:1px solid #d9dee5;border-radius:8px;padding:16px;margin:12px 0}
.statement-text{font-size:1.25rem;line-height:1.4;margin:0 0 10px;overflow-wrap:anywhere}
.label{display:inline-block;font-size:.85rem;background:#e8eef6;color:#1c2430;border-radius:4px;padding:2px 8px;margin:0 0 8px}
.original{font-size:.95rem;color:#3d4a5c;margin:0 0 10px}
.reply{border-inline-start:4px solid #1e6b3a;padding-inline-start:10px;margin:10px 0;font-size:.95rem}
.reply p{margin:0 0 4px}
.votes{display:grid;grid-template-columns:repeat(3,1fr);gap:10px;margin-top:14px}
.votes button{min-height:56px;border-radius:8px;font-weight:700;cursor:pointer;padding:8px;border:2px solid}
.votes .agree{background:#1e6b3a;border-color:#1e6b3a;color:#fff}
.votes .disagree{background:#9b1c1c;border-color:#9b1c1c;color:#fff}
.votes .pass{background:#fff;border-color:#3d4a5c;color:#1c2430}
@media (max-width:420px){.votes{grid-template-columns:1fr}}
fieldset.stars{border:0;padding:0;margin:12px 0 0;min-width:0}
fieldset.stars legend{font-weight:650;margin-bottom:6px}
.stars .choices{grid-template-columns:repeat(5,minmax(44px,1fr));gap:6px}
.stars .choice{flex-direction:column;justify-content:center;gap:2px;padding:6px 2px;text-align:center;font-size:.85rem}
.stars .glyph{font-size:1.3rem;line-height:1;color:#8a5a00}
.field-label{display:block;font-weight:650;margin-bottom:6px}
.counter{font-size:.95rem;color:#3d4a5c;margin:6px 0 0}
.count{font-weight:600;margin:8px 0}
.similar{list-style:none;margin:8px 0;padding:0}
.similar li{background:#fff;border:1px solid #c9d0da;border-radius:8px;padding:12px;margin:0 0 10px}
.similar p{margin:0 0 8px}
details.policy{background:#fff;border:1px solid #d9dee5;border-radius:8px;padding:10px 12px;margin:12px 0}
details.policy summary{cursor:pointer;font-weight:600;min-height:32px}
details.policy ul{padding-inline-start:20px;margin:6px 0 0}
input[type=email]{font:inherit;color:inherit;border:1px solid #7b8594;border-radius:6px;padding:8px 10px;background:#fff;width:100%;max-width:100%}
input.code{width:8em;font-size:1.4rem;letter-spacing:.15em}
#email-form{margin:0 0 16px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;

/** The hash the page's Content-Security-Policy names to allow exactly this stylesheet. */
export const conversationPageStylesHash = `'sha256-${createHash('sha256').update(conversationPageStyles).digest('base64')}'`;
