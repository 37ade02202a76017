import { normalizePeriod } from './normalize-period.js';
import { readCell } from './read-cell.js';

/**
 * What a sample of one column looks like, for proposing a mapping: how many cells hold numbers,
 * codes, years or text, and the numbers' range. proposeMapping reads headers first and uses these
 * to break ties (a "Campus" column of numbers is a code, of words a name).
 */
export interface ColumnProfile {
  index: number;
  header: string;
  /** The header in plain lower-case words: "%_DISC_POP" -> "% disc pop". */
  words: string;
  filled: number;
  numbers: number;
  /** Cells holding a suppression or missing code (not blank). */
  codes: number;
  years: number;
  text: number;
  integers: number;
  min: number;
  max: number;
  distinct: Set<string>;
}

export function profileColumns(headers: string[], rows: string[][]): ColumnProfile[] {
  return headers.map((header, index) => {
    const profile: ColumnProfile = {
      index,
      header,
      words: headerWords(header),
      filled: 0,
      numbers: 0,
      codes: 0,
      years: 0,
      text: 0,
      integers: 0,
      min: Number.POSITIVE_INFINITY,
      max: Number.NEGATIVE_INFINITY,
      distinct: new Set(),
    };
    for (const row of rows) {
      const cell = (row[index] ?? '').trim();
      if (cell === '') continue;
      profile.filled++;
      if (profile.distinct.size < 200) profile.distinct.add(cell);
      if (normalizePeriod(cell, 'as_written') !== null) profile.years++;
      const read = readCell(cell, { unit: 'number', scale: '0_100' });
      if ('problem' in read) profile.text++;
      else if (read.value === null) profile.codes++;
      else {
        profile.numbers++;
        if (Number.isInteger(read.value)) profile.integers++;
        profile.min = Math.min(profile.min, read.value);
        profile.max = Math.max(profile.max, read.value);
      }
    }
    return profile;
  });
}

/** A header as lower-case words: separators become spaces, "%" and "#" stay as words. */
export function headerWords(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/%/g, ' % ')
    .replace(/#/g, ' # ')
    .replace(/[_\-./:()[\]|,;]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Most of the column's filled cells are numbers or codes (a value column). */
export function isNumeric(profile: ColumnProfile): boolean {
  return profile.numbers > 0 && profile.numbers + profile.codes >= profile.filled * 0.8;
}

/** Most of the column's filled cells are words. */
export function isText(profile: ColumnProfile): boolean {
  return profile.text > 0 && profile.text >= profile.filled * 0.5;
}
