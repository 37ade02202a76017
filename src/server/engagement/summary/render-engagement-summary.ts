import { buildEngagementSummary, summaryCoverTitle } from '../../../core/engagement/documents/build-engagement-summary.js';
import type { EngagementSummaryInput } from '../../../core/engagement/documents/summary-input.js';
import { renderPrintPage } from '../../documents/html-blocks.js';
import type { OrganizationLogo } from '../../documents/logo-for.js';
import { renderDocx } from '../../documents/render-docx.js';

/** The summary's name in its footer and as the file's name: "Family survey - Engagement summary". */
export function summaryTitle(input: EngagementSummaryInput): string {
  const phase = input.scope.kind === 'phase' ? ` ${input.scope.phaseName}` : '';
  return `${summaryCoverTitle(input)}${phase} - ${input.words.engagementSummary}`;
}

/** The summary as a Word document: a title page, then the report with "Page n of m". */
export function renderSummaryDocx(input: EngagementSummaryInput, logo: OrganizationLogo | null): Promise<Buffer> {
  return renderDocx({
    blocks: buildEngagementSummary(input),
    title: summaryTitle(input),
    subject: `${input.words.engagementSummary}: ${input.organizationName}`,
    logo,
    pageWords: { page: input.words.page, of: input.words.of },
  });
}

/** The summary as one print-styled HTML page, the source of its PDF. */
export function renderSummaryHtml(input: EngagementSummaryInput, logo: OrganizationLogo | null): string {
  return renderPrintPage({ blocks: buildEngagementSummary(input), language: input.words.language, title: `${summaryTitle(input)} — ${input.organizationName}`, logo });
}
