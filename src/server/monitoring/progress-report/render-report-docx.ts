import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { ProgressReport } from '../../../core/monitoring/progress-report.js';
import { reportWords } from '../../../core/monitoring/progress-report-words.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import { BRAND_COLOR, TABLE_TEXT_STYLE, docxBlock } from '../../documents/docx-blocks.js';

const page = { size: { width: 12240, height: 15840 }, margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 } };

/**
 * The progress report as a Word file for the board packet. Same styles as the plan document;
 * no title page, since a report is read in a meeting, not filed as a plan.
 */
export async function renderReportDocx(report: ProgressReport, language: Locale = 'en'): Promise<Buffer> {
  const words = reportWords[language];
  const heading = (size: number) => ({ run: { size, bold: true, color: BRAND_COLOR }, paragraph: { spacing: { before: 240, after: 120 } } });
  const header = [
    new Paragraph({ children: [new TextRun({ text: report.organizationName, bold: true, size: 26 })], spacing: { after: 60 } }),
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }),
    ...report.lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, color: '374151' })], spacing: { after: 40 } })),
  ];
  const document = new Document({
    title: report.title,
    subject: words.reportOf(report.organizationName),
    creator: 'Waymark',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 21 } },
        title: { run: { size: 44, bold: true, color: BRAND_COLOR } },
        heading1: heading(30),
        heading2: heading(22),
      },
      paragraphStyles: [{ id: TABLE_TEXT_STYLE, name: 'Table text', basedOn: 'Normal', run: { size: 19 }, paragraph: { spacing: { after: 0 } } }],
    },
    sections: [
      {
        properties: { page },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [`${report.title} · ${words.print.page} `, PageNumber.CURRENT, ` ${words.print.of} `, PageNumber.TOTAL_PAGES], size: 16, color: '4B5563' })],
              }),
            ],
          }),
        },
        children: [...header, ...report.blocks.flatMap((block) => docxBlock(block, null))],
      },
    ],
  });
  return Packer.toBuffer(document);
}
