import { buildChartSvg } from '../../core/evidence/charts/chart-svg.js';
import type { PrintBlock, PrintTable } from '../../core/plan/documents/printout-blocks.js';
import { escapeHtml } from './escape-html.js';
import type { OrganizationLogo } from './logo-for.js';
import { compactPrintCss, printCss } from './print-css.js';

/**
 * PrintBlocks as one accessible, print-styled HTML page: a document's print preview and the source
 * of its PDF. Every text is escaped; the page has no script and needs nothing from the network.
 */
export function renderPrintPage(options: { blocks: readonly PrintBlock[]; language: string; title: string; logo: OrganizationLogo | null; isCompact?: boolean }): string {
  const body = options.blocks.map((block) => renderBlock(block, options.logo)).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(options.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${printCss}${options.isCompact ? compactPrintCss : ''}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** One block as HTML. */
export function renderBlock(block: PrintBlock, logo: OrganizationLogo | null): string {
  switch (block.kind) {
    case 'cover':
      return `<header class="cover">
${logo ? `<img src="data:image/${logo.type === 'jpg' ? 'jpeg' : 'png'};base64,${logo.data.toString('base64')}" alt="${escapeHtml(`${block.organizationName} logo`)}">` : initialsBadge(block.initials)}
<p class="organization">${escapeHtml(block.organizationName)}</p>
<h1>${escapeHtml(block.title)}</h1>
${block.lines.map((line) => `<p class="line">${escapeHtml(line)}</p>`).join('\n')}
</header>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
    case 'heading': {
      // The cover holds the page's h1; the document's own levels start one below it.
      const tag = `h${block.level + 1}`;
      return `<${tag}>${escapeHtml(block.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p${block.tone ? ` class="${block.tone}"` : ''}>${escapeHtml(block.text)}</p>`;
    case 'facts':
      return `<dl class="facts">${block.items.map((item) => `<dt>${escapeHtml(item.label)}</dt><dd>${escapeHtml(item.value)}</dd>`).join('')}</dl>`;
    case 'list':
      return `<ul class="items">${block.items
        .map((item) => `<li>${item.label ? `<strong>${escapeHtml(item.label)}</strong>${item.text ? ': ' : ''}` : ''}${escapeHtml(item.text)}</li>`)
        .join('')}</ul>`;
    case 'table':
      return renderTable(block);
    case 'chart':
      // The drawing is named for assistive technology; the table under it carries the numbers.
      return `<figure class="chart">${buildChartSvg(block).svg}</figure>\n${renderTable(block.table)}`;
  }
}

function renderTable(table: PrintTable): string {
  const total = table.widths.reduce((sum, width) => sum + width, 0);
  const columns = table.widths.map((width) => `<col style="width:${((width / total) * 100).toFixed(1)}%">`).join('');
  const numeric = new Set(table.numeric ?? []);
  const lines = (cell: string[]) => cell.map((line) => `<span class="cell-line">${escapeHtml(line)}</span>`).join('');
  const rows = table.rows.map((row, r) => {
    const isTotal = table.hasTotalRow && r === table.rows.length - 1;
    // The first cell names the row, so screen readers announce it with each value.
    const cells = row.map((cell, c) => (c === 0 ? `<th scope="row">${lines(cell)}</th>` : `<td${numeric.has(c) ? ' class="number"' : ''}>${lines(cell)}</td>`));
    return `<tr${isTotal ? ' class="total"' : ''}>${cells.join('')}</tr>`;
  });
  return `<table>
<caption>${escapeHtml(table.caption)}</caption>
<colgroup>${columns}</colgroup>
<thead><tr>${table.headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`;
}

/** Where a logo would go: the initials in a circle, decorative (the name follows as text). */
function initialsBadge(initials: string): string {
  const size = initials.length > 3 ? 30 : 36;
  return `<svg aria-hidden="true" viewBox="0 0 100 100" xmlns="http://www.w3.org/2000/svg"><circle cx="50" cy="50" r="48" fill="#1e3a5f"/><text x="50" y="50" dy="0.35em" text-anchor="middle" font-family="Liberation Sans, Arial, sans-serif" font-weight="bold" font-size="${size}" fill="#ffffff">${escapeHtml(initials)}</text></svg>`;
}
