import { createHash } from 'node:crypto';

/**
 * The respondent page's stylesheet, inlined in each page: nothing more to fetch on a slow phone,
 * readable at 320 px, every text at 4.5:1 contrast or more, large touch targets, and written with
 * logical properties (inline-start, not left) so a right-to-left survey reads correctly.
 * `html.js` is set by the page's script: only then does the survey show one page at a time.
 */
export const surveyPageStyles = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;color:#1c2430;background:#f4f5f7}
a{color:#0b4f94}
:focus-visible{outline:3px solid #0b4f94;outline-offset:2px}
.skip{position:absolute;inset-inline-start:-999px;top:0;background:#fff;padding:8px 12px}
.skip:focus{inset-inline-start:8px;z-index:2}
.wrap{max-width:720px;margin:0 auto;padding:0 14px}
header.site{background:#fff;border-bottom:1px solid #d9dee5}
header.site .wrap{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center;justify-content:space-between;padding-block:10px}
.org{font-weight:700;margin:0}
.badge{font-size:.85rem;background:#e8eef6;border-radius:4px;padding:2px 8px}
.banner{background:#fff4ce;border-bottom:2px solid #8a6d00;padding:8px 14px;text-align:center;font-weight:700}
main{padding:16px 0 32px}
h1{font-size:1.6rem;line-height:1.2;margin:4px 0 8px}
h2{font-size:1.2rem;margin:0 0 12px}
.intro p{margin:0 0 10px}
.mode{background:#fff;border:1px solid #d9dee5;border-inline-start:5px solid #1e6b3a;border-radius:6px;padding:10px 12px;margin:12px 0}
.mode strong{display:block}
.note{font-size:.95rem;color:#3d4a5c;margin:6px 0}
.languages{display:flex;flex-wrap:wrap;align-items:center;gap:6px 10px;margin:12px 0}
.languages p{margin:0}
.languages .current{font-weight:700}
.languages a{display:inline-block;padding:6px 2px}
.linklike{font:inherit;color:#0b4f94;background:none;border:0;padding:6px 2px;text-decoration:underline;cursor:pointer;min-height:44px}
.page{margin-top:20px}
.page>h2{font-size:1rem;color:#3d4a5c;font-weight:600}
.question{background:#fff;border:1px solid #d9dee5;border-radius:8px;padding:14px;margin:0 0 14px}
.question.invalid{border-color:#b3261e;border-inline-start-width:5px}
fieldset.question{min-width:0}
legend,.question>label{font-weight:650;font-size:1.05rem;display:block;padding:0;margin-bottom:6px}
legend{float:left;width:100%}
legend+*{clear:both}
.req{font-weight:400;color:#7a2e00;font-size:.9rem;white-space:nowrap}
.help{color:#3d4a5c;margin:0 0 8px;font-size:.95rem}
.error{color:#b3261e;font-weight:600;margin:0 0 8px}
.choices{display:grid;gap:6px}
.choice{display:flex;align-items:center;gap:10px;padding:8px 10px;border:1px solid #c9d0da;border-radius:6px;min-height:44px;cursor:pointer;background:#fff}
.choice input{width:22px;height:22px;margin:0;flex:none;accent-color:#0b4f94}
.choice:has(input:checked){border-color:#0b4f94;background:#eef4fb}
input[type=text],input[type=number],textarea,select{font:inherit;color:inherit;border:1px solid #7b8594;border-radius:6px;padding:8px 10px;background:#fff;max-width:100%}
input[type=text],textarea{width:100%}
input[type=number]{width:10em}
textarea{min-height:7em;resize:vertical}
select{min-height:44px}
.rank{list-style:none;margin:0;padding:0;display:grid;gap:6px}
.rank li{display:flex;align-items:center;gap:10px}
.rank label{flex:1}
table.matrix{border-collapse:collapse;width:100%}
.matrix th,.matrix td{padding:6px;border-bottom:1px solid #e3e7ec;text-align:center;font-weight:400}
.matrix th[scope=row]{text-align:start;font-weight:600}
.matrix thead th{font-size:.9rem;color:#3d4a5c;vertical-align:bottom}
.matrix input{width:22px;height:22px;margin:0}
.matrix .cell{display:inline-flex;align-items:center;justify-content:center;min-width:44px;min-height:44px;cursor:pointer}
.matrix .cell span{display:none}
@media (max-width:600px){
.matrix thead{display:none}
.matrix,.matrix tbody,.matrix tr,.matrix th,.matrix td{display:block;width:100%;border:0}
.matrix tr{border-top:1px solid #e3e7ec;padding:8px 0}
.matrix td{padding:2px 0;text-align:start}
.matrix .cell{display:flex;justify-content:flex-start;gap:10px;padding:6px 10px;border:1px solid #c9d0da;border-radius:6px}
.matrix .cell span{display:inline}
}
.actions{display:flex;flex-wrap:wrap;gap:10px;margin-top:18px;align-items:center}
button{font:inherit}
.primary,.secondary{min-height:48px;padding:10px 22px;border-radius:8px;cursor:pointer;font-weight:600}
.primary{background:#0b4f94;color:#fff;border:2px solid #0b4f94}
.secondary{background:#fff;color:#0b4f94;border:2px solid #0b4f94}
.primary:disabled{background:#5b6b80;border-color:#5b6b80}
.summary{background:#fff;border:2px solid #b3261e;border-radius:8px;padding:12px 14px;margin:16px 0}
.summary h2{color:#b3261e;margin-bottom:4px}
.summary ul{margin:6px 0 0;padding-inline-start:20px}
.status{margin:14px 0;padding:10px 12px;border-radius:6px;background:#e8eef6}
.status.warn{background:#fff4ce}
.status:empty{margin:0;padding:0}
.thanks{background:#fff;border:1px solid #d9dee5;border-inline-start:6px solid #1e6b3a;border-radius:8px;padding:18px;margin:16px 0}
.trap{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
footer.site{font-size:.85rem;color:#3d4a5c;padding:16px 0}
html.js .page[data-current=false]{display:none}
[hidden]{display:none!important}
`;

/** The hash a Content-Security-Policy names to allow exactly this inline stylesheet and no other. */
export const surveyPageStylesHash = `'sha256-${createHash('sha256').update(surveyPageStyles).digest('base64')}'`;
