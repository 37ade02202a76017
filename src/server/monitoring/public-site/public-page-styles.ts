/**
 * The public pages' stylesheet, inlined in each page: one small request, nothing to block
 * rendering, readable at 320 px, every text at 4.5:1 contrast or more.
 */
export const publicPageStyles = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c2430;background:#f6f7f9}
a{color:#0b4f94}
a:focus-visible{outline:3px solid #0b4f94;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:8px 12px}
.skip:focus{left:8px;z-index:2}
.wrap{max-width:960px;margin:0 auto;padding:0 16px}
header.site{background:#fff;border-bottom:1px solid #d9dee5}
header.site .wrap{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;justify-content:space-between;padding-top:12px;padding-bottom:12px}
.district{font-weight:700;margin:0}
nav.languages ul{display:flex;gap:12px;list-style:none;margin:0;padding:0}
nav.languages a[aria-current]{font-weight:700;text-decoration:none;color:#1c2430}
main{padding:24px 0 40px}
h1{font-size:1.9rem;line-height:1.2;margin:0 0 4px}
h2{font-size:1.35rem;margin:32px 0 12px}
h3{font-size:1.1rem;margin:0 0 6px}
.subtitle{margin:0 0 16px;color:#3d4a5c}
.notice{background:#fff8e1;border:1px solid #c79a00;border-radius:6px;padding:10px 14px;margin:16px 0}
.intro{display:grid;gap:12px;grid-template-columns:repeat(auto-fit,minmax(260px,1fr))}
.card{background:#fff;border:1px solid #d9dee5;border-radius:8px;padding:16px}
.card h2,.card h3{margin-top:0}
ul.goals{list-style:none;padding:0;margin:0;display:grid;gap:12px;grid-template-columns:repeat(auto-fill,minmax(280px,1fr))}
.kind{display:inline-block;font-size:.85rem;color:#3d4a5c;margin-bottom:4px}
.status{display:inline-flex;align-items:center;gap:6px;font-weight:600;margin:4px 0}
.status::before{content:"";width:12px;height:12px;border-radius:50%;background:var(--dot);flex:none}
.s-achieved{--dot:#0b5cad}.s-on_track{--dot:#1e7b34}.s-at_risk{--dot:#b35900}.s-off_track{--dot:#b3261e}.s-no_data,.s-hidden{--dot:#8a94a3}
.status-card{border-left:6px solid var(--dot)}
.facts{display:flex;flex-wrap:wrap;gap:4px 24px;margin:8px 0;padding:0}
.facts div{min-width:120px}
.facts dt{font-size:.85rem;color:#3d4a5c}
.facts dd{margin:0;font-weight:600}
.measure{margin-top:16px}
figure.chart{margin:12px 0}
figure.chart svg{width:100%;max-width:600px;height:auto}
figure.chart text{font-size:14px;fill:#3d4a5c}
figure.chart .grid{stroke:#e3e7ec}
ul.legend{list-style:none;padding:0;margin:4px 0 0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.9rem}
ul.legend li{display:flex;align-items:center;gap:6px;white-space:nowrap}
details{margin-top:8px}
summary{cursor:pointer;color:#0b4f94}
.table-scroll{overflow-x:auto}
table{border-collapse:collapse;margin-top:8px;font-size:.95rem}
th,td{border:1px solid #d9dee5;padding:4px 8px;text-align:left}
td.num{text-align:right}
.narrative{margin-top:16px}
.narrative h3{margin-bottom:4px}
.narrative p{margin:4px 0}
.shaped{margin-top:24px}
ul.citations{list-style:none;padding:0;margin:12px 0 0;display:grid;gap:10px}
ul.citations li{border-left:3px solid #0b4f94;padding:2px 0 2px 12px;overflow-wrap:anywhere}
ul.citations p{margin:0}
ul.citations .about{font-size:.9rem;color:#3d4a5c}
.privacy{font-size:.9rem;color:#3d4a5c;margin-top:32px}
footer.site{border-top:1px solid #d9dee5;background:#fff;padding:16px 0;font-size:.9rem;color:#3d4a5c}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
body.widget{background:#fff}
body.widget main{padding:12px 0}
body.widget h1{font-size:1.2rem}
body.widget ul.goals{grid-template-columns:1fr}
`;
