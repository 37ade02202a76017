import { createHash } from 'node:crypto';
import { publicPageStyles } from '../../monitoring/public-site/public-page-styles.js';

/**
 * The draft page's stylesheet: the public progress pages' (the same look, so the district's
 * public pages read as one site) and what the draft adds: the plan's parts nested in reading
 * order, the "comment on this" links as large touch targets, the form, the comparison's word diff
 * and the bar that appears when a passage is selected. Inlined and allowed by its hash alone.
 */
export const draftPageStyles = `${publicPageStyles}
.status-line{font-weight:600;margin:8px 0}
.closed{background:#fff8e1;border:1px solid #c79a00;border-radius:6px;padding:10px 14px;margin:16px 0}
.closed p{margin:4px 0}
.draft-part{margin:16px 0}
.goal{margin:16px 0}
.kind-label{display:block;font-size:.85rem;color:#3d4a5c;font-weight:600}
.nested{border-inline-start:3px solid #d9dee5;padding-inline-start:12px;margin:14px 0 0}
.nested h3,.nested h4,.nested h5{margin:0 0 4px;font-size:1.05rem}
.quotable{overflow-wrap:anywhere}
p.quotable{margin:4px 0}
.comment-on{margin:6px 0 0}
a.comment-link{display:inline-flex;align-items:center;min-height:44px;padding:4px 0;font-weight:600}
.values-list{margin:4px 0;padding-inline-start:20px}
.facts{margin:6px 0}
.form-card{background:#fff;border:2px solid #0b4f94;border-radius:8px;padding:16px;margin:16px 0}
.form-card h2{margin-top:0}
label,.label{display:block;font-weight:600;margin:14px 0 4px}
.hint{display:block;font-size:.9rem;color:#3d4a5c;margin:0 0 4px}
textarea,input[type=text],input[type=email],select{font:inherit;color:inherit;border:1px solid #6b7584;border-radius:6px;padding:10px;background:#fff;width:100%;max-width:40rem}
textarea{min-height:8rem}
textarea.quote{min-height:4rem}
textarea:focus,input:focus,select:focus,button:focus-visible{outline:3px solid #0b4f94;outline-offset:1px}
button{font:inherit;font-weight:700;min-height:48px;padding:10px 18px;border-radius:8px;border:2px solid #0b4f94;background:#0b4f94;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0b4f94}
.actions{margin:18px 0 4px}
.problem{color:#a4161a;font-weight:600;margin:4px 0}
[aria-invalid=true]{border-color:#a4161a;border-width:2px}
.target-of{background:#e8eef6;border-radius:6px;padding:8px 10px;margin:8px 0}
.target-of p{margin:0}
blockquote{margin:8px 0;padding:6px 12px;border-inline-start:4px solid #0b4f94;background:#f6f7f9}
.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.message{font-weight:600;margin:10px 0}
.message.warn{color:#a4161a}
details.comments{margin:8px 0 0}
ul.comment-list{list-style:none;padding:0;margin:6px 0}
ul.comment-list li{background:#f6f7f9;border:1px solid #d9dee5;border-radius:6px;padding:8px 10px;margin:6px 0}
ul.comment-list p{margin:2px 0;overflow-wrap:anywhere}
.by{font-size:.9rem;color:#3d4a5c}
.diff-list{list-style:none;padding:0;margin:0}
.diff-list>li{background:#fff;border:1px solid #d9dee5;border-radius:8px;padding:10px 12px;margin:8px 0}
.change-kind{display:inline-block;font-size:.85rem;font-weight:700;border-radius:4px;padding:1px 8px;margin-inline-end:6px;background:#e8eef6;color:#1c2430}
ins{background:#dcf3e3;color:#0f4d24;text-decoration:underline}
del{background:#fbe3e3;color:#7d1414;text-decoration:line-through}
del+ins,ins+del{margin-inline-start:3px}
.diff-field{margin:6px 0}
.diff-field strong{display:block;font-size:.9rem}
#passage-bar{position:sticky;bottom:0;z-index:3;background:#fff;border-top:2px solid #0b4f94;padding:8px 16px;margin:0 -16px;box-shadow:0 -2px 8px rgba(0,0,0,.12)}
#passage-bar button{width:100%}
@media (min-width:700px){#passage-bar button{width:auto}}
table.groups td,table.groups th{font-size:.95rem}
`;

/** The hash the page's Content-Security-Policy names to allow exactly this stylesheet. */
export const draftPageStylesHash = `'sha256-${createHash('sha256').update(draftPageStyles).digest('base64')}'`;
