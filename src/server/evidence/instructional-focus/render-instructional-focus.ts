import { buildFocusPrintout } from '../../../core/evidence/instructional-focus/build-focus-printout.js';
import { focusWords } from '../../../core/evidence/instructional-focus/instructional-focus-words.js';
import { renderPrintPage } from '../../documents/html-blocks.js';
import type { OrganizationLogo } from '../../documents/logo-for.js';
import { renderDocx } from '../../documents/render-docx.js';
import type { FocusRecord } from './read-instructional-focus.js';

export interface FocusDocumentInput {
  record: FocusRecord;
  organizationName: string;
  language: 'en' | 'es';
}

export function focusTitle(input: FocusDocumentInput): string {
  return `${focusWords[input.language].title} — ${input.record.cycle.name}`;
}

const blocksOf = (input: FocusDocumentInput) =>
  buildFocusPrintout({ organizationName: input.organizationName, cycleName: input.record.cycle.name, focus: input.record.focus, words: focusWords[input.language] });

/** The four pages as a Word document (no title page: the four pages are the document). */
export function renderFocusDocx(input: FocusDocumentInput, logo: OrganizationLogo | null): Promise<Buffer> {
  const words = focusWords[input.language];
  return renderDocx({ blocks: blocksOf(input), title: focusTitle(input), subject: `${words.title}: ${input.organizationName}`, logo, pageWords: { page: words.page, of: words.of } });
}

/** The four pages as one print-styled HTML page, the source of the PDF. */
export function renderFocusHtml(input: FocusDocumentInput, logo: OrganizationLogo | null): string {
  return renderPrintPage({ blocks: blocksOf(input), language: input.language, title: `${focusTitle(input)} — ${input.organizationName}`, logo, isCompact: true });
}
