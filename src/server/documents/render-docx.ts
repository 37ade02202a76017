import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { buildChartSvg, type ChartSvg } from '../../core/evidence/charts/chart-svg.js';
import type { PrintBlock, PrintChart } from '../../core/plan/documents/printout-blocks.js';
import { BRAND_COLOR, TABLE_TEXT_STYLE, docxBlock, type ChartPicture } from './docx-blocks.js';
import type { OrganizationLogo } from './logo-for.js';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const page = { size: { width: 12240, height: 15840 }, margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 } };

export interface DocxOptions {
  blocks: readonly PrintBlock[];
  /** The file's title (its properties) and the footer's first words. */
  title: string;
  /** The file's subject ("Strategic plan of Lakeshore Schools"). */
  subject: string;
  logo: OrganizationLogo | null;
  /** The footer's "Page n of m" in the reader's language. */
  pageWords: { page: string; of: string };
  /**
   * Draws a chart's SVG as PNG bytes (Word needs a bitmap beside an SVG), or null when it cannot
   * (no browser on the server): the chart's table and a line saying where the chart is stand in.
   */
  drawChartPng?: (chart: ChartSvg) => Promise<Buffer | null>;
}

/** Each chart's picture, drawn one after another (each drawing holds a browser page). */
async function chartPictures(blocks: readonly PrintBlock[], draw: DocxOptions['drawChartPng']): Promise<Map<PrintChart, ChartPicture>> {
  const pictures = new Map<PrintChart, ChartPicture>();
  if (!draw) return pictures;
  for (const block of blocks) {
    if (block.kind !== 'chart') continue;
    const drawn = buildChartSvg(block);
    const png = await draw(drawn);
    if (png) pictures.set(block, { ...drawn, png });
  }
  return pictures;
}

/**
 * PrintBlocks as a Word document: the cover block on a title page of its own, then the rest with
 * "Page n of m" in the footer. Built with real heading styles so Word's navigation pane and a
 * screen reader can move through it.
 */
export async function renderDocx(options: DocxOptions): Promise<Buffer> {
  const { blocks, title, logo, pageWords } = options;
  const pictures = await chartPictures(blocks, options.drawChartPng);
  // The title page is a section of its own (no footer); the section break is its page break.
  const cover = blocks.filter((block) => block.kind === 'cover');
  const body = blocks.filter((block) => block.kind !== 'cover');
  if (body[0]?.kind === 'pageBreak') body.shift();
  const heading = (size: number, extra: object = {}) => ({ run: { size, bold: true, color: BRAND_COLOR, ...extra }, paragraph: { spacing: { before: 240, after: 120 } } });
  const document = new Document({
    title,
    subject: options.subject,
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
      { properties: { page }, children: cover.flatMap((block) => docxBlock(block, logo)) },
      {
        properties: { page },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [`${title} · ${pageWords.page} `, PageNumber.CURRENT, ` ${pageWords.of} `, PageNumber.TOTAL_PAGES], size: 16, color: '4B5563' })],
              }),
            ],
          }),
        },
        children: body.flatMap((block) => docxBlock(block, logo, pictures)),
      },
    ],
  });
  return Packer.toBuffer(document);
}
