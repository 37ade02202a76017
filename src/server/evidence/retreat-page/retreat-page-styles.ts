import { createHash } from 'node:crypto';
import { conversationPageStyles } from '../../engagement/conversation-page/conversation-page-styles.js';

/**
 * The room page's stylesheet: the conversation page's (itself the survey page's: contrast, touch
 * targets, logical properties, the card, the status line) and what a room adds: the charts as a
 * table with a bar per row, the notice and wonder list, the SWOT board's four quadrants (two
 * columns from a tablet up) and its dot buttons. Inlined, allowed by its hash alone.
 */
export const retreatPageStyles = `${conversationPageStyles}
.toc{display:flex;flex-wrap:wrap;gap:4px 16px;margin:8px 0 12px;padding:0;list-style:none}
.toc a{display:inline-block;padding:10px 2px}
.me{font-weight:600;margin:8px 0}
section.block{margin:24px 0}
.chart h3{font-size:1.1rem;margin:0 0 4px;overflow-wrap:anywhere}
.chart .note{margin:0 0 8px}
table.data{border-collapse:collapse;width:100%;margin:8px 0;font-size:.95rem}
table.data caption{text-align:start;font-size:.9rem;color:#3d4a5c;padding-bottom:4px}
table.data th,table.data td{padding:6px 4px;border-bottom:1px solid #e3e7ec;text-align:start;vertical-align:middle}
table.data th[scope=col]{font-size:.85rem;color:#3d4a5c;font-weight:600}
table.data th[scope=row]{font-weight:600;overflow-wrap:anywhere}
table.data td.value,table.data th.value{white-space:nowrap;text-align:end}
table.data td.hidden-cell{white-space:normal;text-align:start}
table.data td.bar{width:40%}
table.data tr.district th,table.data tr.district td{border-top:2px solid #7b8594}
.bar svg{display:block;width:100%;height:14px}
.bar rect{fill:#0b4f94}
.bar .track{fill:#e3e7ec}
.hidden-cell{font-style:italic;color:#3d4a5c}
ul.observations{list-style:none;margin:8px 0;padding:0}
ul.observations li{border-inline-start:4px solid #0b4f94;background:#f7f9fb;border-radius:4px;padding:6px 10px;margin:0 0 8px;overflow-wrap:anywhere}
ul.observations li.wonder{border-inline-start-color:#8a5a00}
.kind{font-weight:700;margin-inline-end:6px}
.mine{display:inline-block;font-size:.8rem;background:#e8eef6;border-radius:4px;padding:0 6px;margin-inline-start:6px}
.kinds{display:grid;grid-template-columns:1fr 1fr;gap:8px}
.choice-text{display:flex;flex-direction:column;min-width:0}
.choice-text .hint{font-size:.85rem;color:#3d4a5c}
fieldset.plain{border:0;padding:0;margin:0 0 10px;min-width:0}
fieldset.plain legend{font-weight:650;margin-bottom:6px}
.invalid-field{border-color:#b3261e!important;border-width:2px!important}
.quadrants{display:grid;gap:12px}
@media (min-width:700px){.quadrants{grid-template-columns:1fr 1fr}}
.quadrant{background:#fff;border:1px solid #d9dee5;border-radius:8px;padding:12px;border-top:5px solid #1e6b3a}
.quadrant.weakness{border-top-color:#9b1c1c}
.quadrant.opportunity{border-top-color:#0b4f94}
.quadrant.threat{border-top-color:#8a5a00}
.quadrant h3{font-size:1.05rem;margin:0 0 8px}
ol.items{list-style:none;margin:0;padding:0}
ol.items li{border-top:1px solid #e3e7ec;padding:8px 0}
ol.items li:first-child{border-top:0}
.item-text{margin:0 0 4px;overflow-wrap:anywhere}
.item-meta{font-size:.9rem;color:#3d4a5c;margin:0 0 6px}
form.dots{display:flex;align-items:center;gap:10px;flex-wrap:wrap}
form.dots button{min-width:48px;min-height:48px;border-radius:8px;font-size:1.3rem;font-weight:700;cursor:pointer;background:#fff;color:#0b4f94;border:2px solid #0b4f94}
form.dots button.more{background:#0b4f94;color:#fff}
.my-dots{font-weight:600}
.dots-left{font-weight:700;background:#fff;border:1px solid #d9dee5;border-radius:8px;padding:8px 12px;display:inline-block}
select.quadrant-select{width:100%}
ol.priorities{padding-inline-start:24px}
.live{font-size:.85rem;color:#3d4a5c;margin:4px 0}
`;

/** The hash the page's Content-Security-Policy names to allow exactly this stylesheet. */
export const retreatPageStylesHash = `'sha256-${createHash('sha256').update(retreatPageStyles).digest('base64')}'`;
