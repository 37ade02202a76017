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
  | PrintTable;

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

/** A paragraph block; "muted" for notes such as "No tasks yet." */
export const paragraph = (text: string, tone?: 'lead' | 'muted'): PrintBlock => ({ kind: 'paragraph', text, ...(tone ? { tone } : {}) });
/** A heading block; level 1 is a part of the document, 4 a measure under a strategy. */
export const heading = (level: 1 | 2 | 3 | 4, text: string): PrintBlock => ({ kind: 'heading', level, text });
