import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { buildPlanPrintout, type PlanPrintoutInput } from '../../../core/plan/documents/build-plan-printout.js';
import { printoutWords } from '../../../core/plan/documents/printout-words.js';
import { BRAND_COLOR, TABLE_TEXT_STYLE, docxBlock } from './docx-blocks.js';
import type { OrganizationLogo } from './logo-for.js';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const page = { size: { width: 12240, height: 15840 }, margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 } };

/**
 * The plan as a Word document for the board packet: the title page on its own, then the plan
 * with "Page n of m" in the footer. Built with real heading styles so Word's navigation pane and
 * a screen reader can move through it.
 */
export async function renderPlanDocx(options: PlanPrintoutInput & { logo: OrganizationLogo | null }): Promise<Buffer> {
  const blocks = buildPlanPrintout(options);
  const words = options.words ?? printoutWords.en;
  const title = options.document.plan.title;
  // The title page is a section of its own (no footer); the section break is its page break.
  const cover = blocks.filter((block) => block.kind === 'cover');
  const body = blocks.filter((block) => block.kind !== 'cover');
  if (body[0]?.kind === 'pageBreak') body.shift();
  const heading = (size: number, extra: object = {}) => ({ run: { size, bold: true, color: BRAND_COLOR, ...extra }, paragraph: { spacing: { before: 240, after: 120 } } });
  const document = new Document({
    title,
    subject: words.strategicPlanOf(options.organizationName),
    creator: 'Waymark',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 21 } },
        title: { run: { size: 52, bold: true, color: BRAND_COLOR } },
        heading1: heading(34),
        heading2: heading(28),
        heading3: heading(24),
        heading4: heading(22, { italics: true }),
      },
      paragraphStyles: [{ id: TABLE_TEXT_STYLE, name: 'Table text', basedOn: 'Normal', run: { size: 19 }, paragraph: { spacing: { after: 0 } } }],
    },
    sections: [
      { properties: { page }, children: cover.flatMap((block) => docxBlock(block, options.logo)) },
      {
        properties: { page },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [`${title} · ${words.page} `, PageNumber.CURRENT, ` ${words.of} `, PageNumber.TOTAL_PAGES], size: 16, color: '4B5563' })],
              }),
            ],
          }),
        },
        children: body.flatMap((block) => docxBlock(block, options.logo)),
      },
    ],
  });
  return Packer.toBuffer(document);
}
