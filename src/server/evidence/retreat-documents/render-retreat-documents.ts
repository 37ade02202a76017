import { buildDataPicture } from '../../../core/evidence/documents/build-data-picture.js';
import { buildDiagnosticReport } from '../../../core/evidence/documents/build-diagnostic-report.js';
import type { RetreatDocumentInput } from '../../../core/evidence/documents/retreat-document.js';
import { retreatDocumentWords } from '../../../core/evidence/documents/retreat-document-words.js';
import { renderPrintPage } from '../../documents/html-blocks.js';
import type { OrganizationLogo } from '../../documents/logo-for.js';
import { renderDocx, type DocxOptions } from '../../documents/render-docx.js';
import type { RetreatDocumentKind } from './retreat-documents.schema.js';

export interface RetreatDocumentRequest {
  kind: RetreatDocumentKind;
  input: RetreatDocumentInput;
  language: 'en' | 'es';
  logo: OrganizationLogo | null;
}

const wordsOf = (request: RetreatDocumentRequest) => retreatDocumentWords[request.language];
const blocksOf = (request: RetreatDocumentRequest) => (request.kind === 'diagnostic' ? buildDiagnosticReport : buildDataPicture)(request.input, wordsOf(request));
const nameOf = (request: RetreatDocumentRequest) => (request.kind === 'diagnostic' ? wordsOf(request).diagnosticTitle : wordsOf(request).dataPictureTitle);

/** "Organizational diagnostic report — Winter data retreat": the file's name and the footer's words. */
export function retreatDocumentTitle(request: RetreatDocumentRequest): string {
  return `${nameOf(request)} — ${request.input.retreatTitle}`;
}

/** The document as Word, each chart a picture when `drawChartPng` can draw one. */
export function renderRetreatDocx(request: RetreatDocumentRequest, drawChartPng: DocxOptions['drawChartPng']): Promise<Buffer> {
  const words = wordsOf(request);
  return renderDocx({
    blocks: blocksOf(request),
    title: retreatDocumentTitle(request),
    subject: `${nameOf(request)}: ${request.input.organizationName}`,
    logo: request.logo,
    pageWords: { page: words.page, of: words.of },
    drawChartPng,
  });
}

/** The document as one print-styled HTML page (charts inline as SVG), the source of its PDF. */
export function renderRetreatHtml(request: RetreatDocumentRequest): string {
  return renderPrintPage({ blocks: blocksOf(request), language: request.language, title: `${retreatDocumentTitle(request)} — ${request.input.organizationName}`, logo: request.logo });
}
