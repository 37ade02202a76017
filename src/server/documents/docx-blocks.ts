import { AlignmentType, BorderStyle, HeadingLevel, ImageRun, PageBreak, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { PrintBlock, PrintChart, PrintTable } from '../../core/plan/documents/printout-blocks.js';
import type { OrganizationLogo } from './logo-for.js';

/** Letter paper less 0.75in margins each side, in twips: the width tables are drawn to. */
export const CONTENT_WIDTH = 12240 - 2 * 1080;
export const BRAND_COLOR = '1E3A5F';

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
const thin = { style: BorderStyle.SINGLE, size: 4, color: '9CA3AF' };

/** The paragraph style of table text, defined in render-docx.ts (and by any document that draws blocks). */
export const TABLE_TEXT_STYLE = 'TableText';

/** A chart drawn for Word: its SVG, and the PNG shown by Word processors that cannot draw SVG. */
export interface ChartPicture {
  svg: string;
  png: Buffer;
  /** CSS pixels, the size it is placed at. */
  width: number;
  height: number;
}
export type ChartPictures = ReadonlyMap<PrintChart, ChartPicture>;

/**
 * One printout block as Word paragraphs and tables: shared by every Word document drawn from
 * PrintBlocks. A chart is placed as the picture drawn for it, if any, else a line saying where it is.
 */
export function docxBlock(block: PrintBlock, logo: OrganizationLogo | null, pictures: ChartPictures = new Map()): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'cover':
      return coverBlock(block, logo);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'heading':
      return [new Paragraph({ text: block.text, heading: headingLevels[block.level], keepNext: true })];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun({ text: block.text, italics: block.tone === 'muted', color: block.tone === 'muted' ? '4B5563' : undefined })], spacing: { after: 120 } })];
    case 'facts':
      return block.items.map((item) => new Paragraph({ children: [new TextRun({ text: `${item.label}: `, bold: true }), ...textRuns(item.value)], spacing: { after: 60 } }));
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            bullet: { level: 0 },
            children: [...(item.label ? [new TextRun({ text: item.label + (item.text ? ': ' : ''), bold: true })] : []), ...textRuns(item.text)],
          }),
      );
    case 'table':
      return tableBlock(block);
    case 'chart':
      return [chartPicture(block, pictures.get(block)), ...tableBlock(block.table)];
  }
}

function chartPicture(chart: PrintChart, picture: ChartPicture | undefined): Paragraph {
  if (!picture) return new Paragraph({ children: [new TextRun({ text: chart.imageMissingText, italics: true, color: '4B5563' })], keepNext: true, spacing: { before: 120, after: 60 } });
  // Letter less margins is 7in (672px); the chart is drawn narrower, so it is placed at its own size.
  const scale = Math.min(1, 660 / picture.width);
  return new Paragraph({
    keepNext: true,
    spacing: { before: 120, after: 60 },
    children: [
      new ImageRun({
        type: 'svg',
        data: Buffer.from(picture.svg),
        fallback: { type: 'png', data: picture.png },
        transformation: { width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) },
        altText: { name: chart.title, description: chart.title, title: chart.title },
      }),
    ],
  });
}

/** Line breaks inside a text ("We prepare every learner.\nTogether with families.") stay line breaks. */
function textRuns(text: string): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
}

function coverBlock(block: Extract<PrintBlock, { kind: 'cover' }>, logo: OrganizationLogo | null): Array<Paragraph | Table> {
  const centered = (children: TextRun[], after = 200) => new Paragraph({ alignment: AlignmentType.CENTER, children, spacing: { after } });
  const mark = logo
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: logo.type,
              data: logo.data,
              transformation: { width: 120, height: Math.round((120 * logo.height) / logo.width) },
              altText: { name: 'Logo', description: `${block.organizationName} logo`, title: `${block.organizationName} logo` },
            }),
          ],
        }),
      ]
    : [initialsBadge(block.initials)];
  return [
    new Paragraph({ text: '', spacing: { before: 2400 } }),
    ...mark,
    centered([new TextRun({ text: block.organizationName, bold: true, size: 32 })], 240),
    new Paragraph({ text: block.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
    ...block.lines.map((line) => centered([new TextRun({ text: line, size: 24, color: '374151' })], 120)),
  ];
}

/** Where a logo would go: the initials, white on a dark square, the size of a small logo. */
function initialsBadge(initials: string): Table {
  const side = 1440;
  return new Table({
    alignment: AlignmentType.CENTER,
    width: { size: side, type: WidthType.DXA },
    columnWidths: [side],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        height: { value: side, rule: 'exact' },
        children: [
          new TableCell({
            verticalAlign: VerticalAlignTable.CENTER,
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: BRAND_COLOR },
            borders: { top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } },
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: initials, bold: true, color: 'FFFFFF', size: initials.length > 3 ? 36 : 44 })] })],
          }),
        ],
      }),
    ],
  });
}

function tableBlock(table: PrintTable): Array<Paragraph | Table> {
  const total = table.widths.reduce((sum, width) => sum + width, 0);
  const widths = table.widths.map((width) => Math.floor((width / total) * CONTENT_WIDTH));
  const numeric = new Set(table.numeric ?? []);
  // Borders, margins and the text size are the table's and its style's, not each cell's: a plan
  // of thousands of values has tens of thousands of cells, and every property is XML to write.
  const cell = (lines: string[], column: number, options: { header?: boolean; bold?: boolean }) =>
    new TableCell({
      width: { size: widths[column]!, type: WidthType.DXA },
      shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E5E7EB' } : undefined,
      children: lines.map(
        (line) =>
          new Paragraph({
            style: TABLE_TEXT_STYLE,
            alignment: numeric.has(column) && !options.header ? AlignmentType.RIGHT : undefined,
            children: [options.header || options.bold ? new TextRun({ text: line, bold: true }) : new TextRun(line)],
          }),
      ),
    });
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: table.headers.map((text, c) => cell([text], c, { header: true })) });
  const rows = table.rows.map((row, r) => {
    const bold = Boolean(table.hasTotalRow) && r === table.rows.length - 1;
    return new TableRow({ cantSplit: true, children: row.map((lines, c) => cell(lines, c, { bold })) });
  });
  return [
    new Paragraph({ children: [new TextRun({ text: table.caption, bold: true, size: 19, color: '374151' })], keepNext: true, spacing: { before: 120, after: 60 } }),
    new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      rows: [header, ...rows],
    }),
    new Paragraph({ text: '', spacing: { after: 120 } }),
  ];
}
