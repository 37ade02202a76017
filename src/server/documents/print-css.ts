/**
 * Print styles of the documents drawn from PrintBlocks (the plan, the progress report, the
 * engagement summary). Letter paper (US districts); sizes in points so the PDF
 * and the on-screen preview match; colours pass WCAG AA contrast on white.
 */
export const printCss = `
@page { size: Letter; margin: 0.8in 0.75in 0.9in; }
:root { color: #111827; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4; }
body { margin: 0; }
main { max-width: 7in; margin: 0 auto; }
h1, h2, h3, h4, h5 { color: #1e3a5f; line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 26pt; margin: 0.3in 0 0.15in; }
h2 { font-size: 18pt; margin: 18pt 0 10pt; border-bottom: 1.5pt solid #1e3a5f; padding-bottom: 3pt; }
h3 { font-size: 13.5pt; margin: 16pt 0 6pt; }
h4 { font-size: 11.5pt; margin: 12pt 0 4pt; }
h5 { font-size: 10.5pt; margin: 10pt 0 4pt; }
p { margin: 0 0 6pt; }
.lead { font-size: 12pt; }
.muted { color: #4b5563; font-style: italic; }
.cover { min-height: 8.4in; display: flex; flex-direction: column; justify-content: center; align-items: center; text-align: center; }
.cover .organization { font-size: 16pt; font-weight: bold; margin: 12pt 0 0; }
.cover .line { font-size: 12pt; color: #374151; }
.cover img, .cover svg { width: 1.3in; height: 1.3in; }
.page-break { break-after: page; page-break-after: always; height: 0; }
.page-break + h2 { margin-top: 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 0 0 8pt; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; white-space: pre-line; }
ul.items { margin: 0 0 8pt; padding-left: 16pt; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 12pt; table-layout: fixed; }
caption { text-align: left; font-weight: bold; font-size: 9.5pt; color: #374151; padding: 0 0 3pt; caption-side: top; }
th, td { border: 0.75pt solid #9ca3af; padding: 3pt 5pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #e5e7eb; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
tbody th { font-weight: normal; }
td.number { text-align: right; }
tr { break-inside: avoid; page-break-inside: avoid; }
/* A caption and header row never end a page on their own. */
caption, thead { break-after: avoid; page-break-after: avoid; }
tbody tr:first-child { break-before: avoid; page-break-before: avoid; }
tr.total th, tr.total td { font-weight: bold; }
.cell-line { display: block; }
figure.chart { margin: 6pt 0 2pt; break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid; }
figure.chart svg { display: block; width: 100%; max-width: 6.5in; height: auto; }
@media screen { body { background: #f3f4f6; } main { background: #fff; padding: 0.75in; margin: 16px auto; box-shadow: 0 1px 4px rgba(0,0,0,.2); } }
@media screen and (max-width: 600px) { main { padding: 16px; margin: 0; } .cover { min-height: 60vh; } table { table-layout: auto; } }
`;

/**
 * A denser page for documents whose pages are fixed (the Instructional Focus is four pages, one
 * each): smaller type and tighter headings, still above 9pt so it reads on paper.
 */
export const compactPrintCss = `
:root { font-size: 9.5pt; line-height: 1.3; }
h1 { font-size: 17pt; margin: 0 0 2pt; }
h3 { font-size: 11pt; margin: 9pt 0 3pt; }
p { margin: 0 0 4pt; }
ul.items { margin: 0 0 5pt; }
ul.items li { margin: 0 0 2pt; }
dl.facts { margin: 0 0 4pt; }
table { margin: 2pt 0 6pt; }
`;
