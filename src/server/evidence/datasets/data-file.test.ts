import { describe, expect, it } from 'vitest';
import { CsvSplitter, kindOfFile, sniffDelimiter } from './data-file.js';

/** Splits text given in pieces of `size` characters, as the import receives a file in slices. */
function split(text: string, size: number, delimiter = ',') {
  const splitter = new CsvSplitter(delimiter);
  const rows: Array<{ cells: string[]; line: number }> = [];
  for (let start = 0; start < text.length; start += size) rows.push(...splitter.push(text.slice(start, start + size), false, 0, 0));
  rows.push(...splitter.push('', true, 0, 0));
  return rows.map(({ cells, line }) => ({ cells, line }));
}

describe('splitting CSV text into records', () => {
  const cases: Array<[string, string, string[][]]> = [
    ['plain lines, CRLF', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['a byte order mark and no final newline', '\uFEFFa,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['quoted delimiters, "" and a line break in a cell', 'a,b\n"x, y","say ""hi""\nthere"\n3,4\n', [['a', 'b'], ['x, y', 'say "hi"\nthere'], ['3', '4']]],
    ['a quote inside an unquoted cell stays', 'a,b\n5" tall,2\n', [['a', 'b'], ['5" tall', '2']]],
    ['an empty line is a record (lines number as a spreadsheet does)', 'a\n\nb\n', [['a'], [''], ['b']]],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}, whatever the slices`, () => {
      for (const size of [1, 2, 3, 7, 1000]) {
        const rows = split(text, size);
        expect(rows.map((row) => row.cells), `slices of ${size}`).toEqual(expected);
        expect(rows.map((row) => row.line)).toEqual(expected.map((_, index) => index + 1));
      }
    });
  }
});

describe('what a file is', () => {
  it('tells CSV from a workbook from anything else by its bytes', () => {
    expect(kindOfFile(Buffer.from('a,b\n1,2\n'))).toBe('csv');
    expect(kindOfFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe('xlsx');
    expect(kindOfFile(Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]))).toBeNull();
  });

  it('finds the delimiter from the first lines', () => {
    expect(sniffDelimiter('a;b;c\n1;2,5;3\n')).toBe(';');
    expect(sniffDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(sniffDelimiter('Title, 2023\na,b,c\n1,2,3\n"x;y",2,3\n')).toBe(',');
  });
});
