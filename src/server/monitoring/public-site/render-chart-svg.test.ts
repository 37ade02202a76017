import { describe, expect, it } from 'vitest';
import { renderChartSvg, type ChartLine } from './render-chart-svg.js';

const point = (periodLabel: string, endsOn: string, value: number) => ({ periodLabel, endsOn, value });
const lines: ChartLine[] = [
  { label: 'Target', isDashed: true, points: [point('2022-23', '2023-06-30', 44), point('2026-27', '2027-06-30', 52), point('2029-30', '2030-06-30', 60)] },
  { label: 'All students', isDashed: false, points: [point('2022-23', '2023-06-30', 44), point('2023-24', '2024-06-30', 45.1), point('2024-25', '2025-06-30', 46.8), point('2025-26', '2026-06-30', 48.9)] },
];
const axisTexts = (svg: string) => [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="(\w+)">([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), anchor: m[3], text: m[4] ?? '' }));

describe('the public chart', () => {
  const svg = renderChartSvg(lines, { title: 'Grade 3 reading', unitSuffix: '%' });
  const texts = axisTexts(svg);
  const bottom = Math.max(...texts.map((t) => t.y));

  it('labels school years as school years, never the calendar year they end in', () => {
    const years = texts.filter((t) => t.y === bottom).map((t) => t.text);
    expect(years).toEqual(['2022-23', '2023-24', '2024-25', '2025-26', '2026-27', '2029-30']);
  });

  it('steps the value axis in whole, round numbers', () => {
    const values = texts.filter((t) => t.y !== bottom).map((t) => Number(t.text.replace('%', '')));
    expect(values.length).toBeGreaterThanOrEqual(3);
    for (const value of values) expect(value % 5).toBe(0);
  });

  it('keeps the last label inside the chart', () => {
    const last = texts.filter((t) => t.y === bottom).at(-1)!;
    expect(last.anchor).toBe('end');
    expect(svg).toMatch(/viewBox="0 0 (\d+) /);
    expect(last.x).toBeLessThanOrEqual(Number(/viewBox="0 0 (\d+) /.exec(svg)![1]));
  });
});
