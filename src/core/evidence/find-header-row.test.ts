import { describe, expect, it } from 'vitest';
import { findHeaderRow } from './find-header-row.js';

const csv = (text: string): string[][] => text.split('\n').map((line) => (line === '' ? [] : line.split(',')));

describe('findHeaderRow', () => {
  it.each<[string, string, number]>([
    ['headers on line 1', 'DBN,School Name,Grade,Year,% Level 3+4\n01M015,P.S. 015,3,2023,62.5\n01M015,P.S. 015,4,2023,s', 1],
    [
      'a title and a blank line above (Texas TAPR)',
      '2022-23 Texas Academic Performance Report,,,,\n\nCAMPUS,CAMPNAME,DISTNAME,Group,Rate\n001902001,Cayuga H S,Cayuga ISD,All Students,88\n001902001,Cayuga H S,Cayuga ISD,Hispanic,*',
      3,
    ],
    [
      'title, date and notes above (California Dashboard)',
      'California School Dashboard,,,,,\nDownloaded 2024-01-05,,,,,\n,,,,,\ncds,schoolname,studentgroup,reportingyear,currstatus,currdenom\n01611190130229,Alameda High,ALL,2023,12.5,1500\n01611190130229,Alameda High,AA,2023,*,8',
      4,
    ],
    [
      'a two-cell note above the header',
      'Source:,State Department of Education,,,\nschool_year,division,school,subgroup,percent\n2016-2017,ACPS,Agnor-Hurt,All Students,6.4\n2016-2017,ACPS,Agnor-Hurt,Asian,0',
      2,
    ],
    ['a wide file by year (years as headers)', 'SCHOOL,2014,2015,2016\nA,1,2,3\nB,4,5,6', 1],
    ['blank lines only', '\n\n', 1],
    ['no rows', '', 1],
    ['only a header row', 'a,b,c', 1],
  ])('%s -> line %d', (_case, text, line) => {
    expect(findHeaderRow(csv(text))).toBe(line);
  });

  it('is not fooled by a numeric first data row being wider than a narrow title', () => {
    const rows = csv('Report,,\nSchool,Year,Rate\nA,2023,5\nB,2023,6');
    expect(findHeaderRow(rows)).toBe(2);
  });
});
