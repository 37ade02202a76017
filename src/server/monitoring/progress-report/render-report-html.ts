import type { ProgressReport } from '../../../core/monitoring/progress-report.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import { printCss } from '../../documents/print-css.js';
import { escapeHtml } from '../../documents/escape-html.js';
import { renderBlock } from '../../documents/html-blocks.js';

// A report opens with a short header, not the plan document's full-page cover.
const reportCss = `.report-header { margin: 0 0 12pt; } .report-header .organization { font-weight: bold; font-size: 13pt; margin: 0; } .report-header .line { color: #374151; margin: 0 0 2pt; }`;

/** The progress report as one print-styled HTML page: the source of its PDF. All text is escaped. */
export function renderReportHtml(report: ProgressReport, language: Locale = 'en'): string {
  const body = report.blocks.map((block) => renderBlock(block, null)).join('\n');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${report.title} — ${report.organizationName}`)}</title>
<style>${printCss}${reportCss}</style>
</head>
<body>
<main>
<header class="report-header">
<p class="organization">${escapeHtml(report.organizationName)}</p>
<h1>${escapeHtml(report.title)}</h1>
${report.lines.map((line) => `<p class="line">${escapeHtml(line)}</p>`).join('\n')}
</header>
${body}
</main>
</body>
</html>
`;
}
