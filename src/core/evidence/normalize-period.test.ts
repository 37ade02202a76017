import { describe, expect, it } from 'vitest';
import type { YearMeaning } from './dataset-mapping.js';
import { normalizePeriod } from './normalize-period.js';

describe('normalizePeriod', () => {
  it.each<[string, YearMeaning, string | null]>([
    ['2016-2017', 'as_written', '2016-17'],
    ['2016-17', 'as_written', '2016-17'],
    ['SY 2016-17', 'as_written', '2016-17'],
    ['sy2016-17', 'as_written', '2016-17'],
    ['School Year 2016-2017', 'as_written', '2016-17'],
    ['2016/17', 'as_written', '2016-17'],
    ['2016 - 2017', 'as_written', '2016-17'],
    ['2016–17', 'as_written', '2016-17'],
    ['1999-00', 'as_written', '1999-00'],
    ['1999-2000', 'as_written', '1999-00'],
    ['2016-2017', 'school_year_ending', '2016-17'], // a range is already a school year
    ['2023', 'school_year_ending', '2022-23'],
    ['2023', 'as_written', '2023'],
    [' 2023 ', 'as_written', '2023'],
    ['2023.0', 'as_written', '2023'],
    ['2000', 'school_year_ending', '1999-00'],
    ['2016-17 School Year', 'as_written', '2016-17'],
    ['Academic Year 2016-2017', 'as_written', '2016-17'],
    ['Spring 2023', 'as_written', '2022-23'],
    ['Fall 2022', 'school_year_ending', '2022-23'],
    ['2016-2018', 'as_written', null], // two years apart is not a school year
    ['2017-16', 'as_written', null],
    ['', 'as_written', null],
    ['s', 'as_written', null],
    ['23', 'as_written', null],
    ['12345', 'as_written', null],
    ['All Years', 'as_written', null],
  ])('%j (%s) -> %j', (raw, yearMeans, expected) => {
    expect(normalizePeriod(raw, yearMeans)).toBe(expected);
    // Cached answers are the same as the first ones.
    expect(normalizePeriod(raw, yearMeans)).toBe(expected);
  });
});
