/**
 * A board-ready printout of a plan as a list of plain blocks. The Word file and the HTML page
 * (and so the PDF) are both drawn from the same blocks, so they cannot say different things.
 */
export type PrintBlock =
  | { kind: 'cover'; organizationName: string; initials: string; title: string; lines: string[] }
  | { kind: 'pageBreak' }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'lead' | 'muted' }
  /** "Owner: Director of Literacy" */
  | { kind: 'facts'; items: Array<{ label: string; value: string }> }
  | { kind: 'list'; items: Array<{ label?: string; text: string }> }
  | PrintTable
  | PrintChart;

export interface PrintTable {
  kind: 'table';
  caption: string;
  headers: string[];
  /** Each cell is lines of text. */
  rows: string[][][];
  /** Relative widths of the columns. */
  widths: number[];
  /** Columns of numbers, set right-aligned. */
  numeric?: number[];
  /** The last row is a total, set in bold. */
  hasTotalRow?: boolean;
}

/**
 * A chart of results: bars (one per school or student group) or a line over periods. Drawn as SVG
 * by `src/core/evidence/charts/chart-svg.ts`; its table follows it in every format, so a screen
 * reader, and a Word reader without the image, get the same numbers.
 */
export interface PrintChart {
  kind: 'chart';
  shape: 'bars' | 'line';
  /** The chart's name: the image's title and alternative text. */
  title: string;
  /** Bars top to bottom, or points left to right. A null value is drawn as its `valueText` ("Hidden"), never as zero. */
  points: Array<{ label: string; value: number | null; valueText: string }>;
  /** A dashed line across the bars: the district's value. */
  reference?: { label: string; value: number } | null;
  /** Percentages: the axis stops at 100. */
  isPercent: boolean;
  /** Written after each axis tick ("%"). */
  tickSuffix: string;
  /** The reader's language, for the ticks' numbers. */
  locale: string;
  /** The same numbers as a table, set under the chart. */
  table: PrintTable;
  /** Said in a Word file whose chart could not be drawn as an image ("The chart is in the PDF."). */
  imageMissingText: string;
}

/** A paragraph block; "muted" for notes such as "No tasks yet." */
export const paragraph = (text: string, tone?: 'lead' | 'muted'): PrintBlock => ({ kind: 'paragraph', text, ...(tone ? { tone } : {}) });
/** A heading block; level 1 is a part of the document, 4 a measure under a strategy. */
export const heading = (level: 1 | 2 | 3 | 4, text: string): PrintBlock => ({ kind: 'heading', level, text });
