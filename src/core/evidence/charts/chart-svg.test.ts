import { describe, expect, it } from 'vitest';
import type { PrintChart } from '../../plan/documents/printout-blocks.js';
import { buildChartSvg, shortLabel } from './chart-svg.js';

type Point = PrintChart['points'][number];
const value = (label: string, v: number): Point => ({ label, value: v, valueText: `${v}%` });
const hidden = (label: string): Point => ({ label, value: null, valueText: 'Hidden' });

function chart(shape: PrintChart['shape'], points: Point[], extra: Partial<PrintChart> = {}): PrintChart {
  return {
    kind: 'chart',
    shape,
    title: 'Reading by school',
    points,
    reference: null,
    isPercent: true,
    tickSuffix: '%',
    locale: 'en',
    table: { kind: 'table', caption: 'Reading by school', headers: ['School', 'Value'], rows: [], widths: [1, 1] },
    imageMissingText: 'The chart is in the PDF.',
    ...extra,
  };
}

const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;
const rects = (svg: string) => [...svg.matchAll(/<rect x="([\d.-]+)" y="[\d.-]+" width="([\d.-]+)"/g)].map((m) => ({ x: Number(m[1]), width: Number(m[2]) }));

describe('buildChartSvg', () => {
  const cases: Array<{ name: string; chart: PrintChart; bars?: number; circles?: number; lines?: number; contains?: string[]; excludes?: string[]; hiddenGroup?: string }> = [
    { name: 'bars: one per value', chart: chart('bars', [value('Alder', 40), value('Birch', 55), value('Cedar', 61)]), bars: 3, contains: ['40%', '55%', '61%', '>Alder<'] },
    { name: 'bars: a hidden cell has no bar and says so', chart: chart('bars', [value('Alder', 40), hidden('Birch')]), bars: 1, contains: ['<g><title>Birch</title>'], hiddenGroup: 'Birch' },
    { name: 'bars: all hidden draws no bar, only the words', chart: chart('bars', [hidden('Alder'), hidden('Birch')]), bars: 0, contains: ['>Hidden<'] },
    { name: 'bars: one value', chart: chart('bars', [value('Alder', 40)]), bars: 1, contains: ['40%'] },
    { name: 'bars: the reference is a dashed line with its label', chart: chart('bars', [value('Alder', 40)], { reference: { label: 'District 52%', value: 52 } }), bars: 1, contains: ['stroke-dasharray', 'District 52%'] },
    { name: 'line: joined points', chart: chart('line', [value('2021-22', 40), value('2022-23', 45), value('2023-24', 48)]), circles: 3, lines: 1, contains: ['2022-23', '45%'] },
    { name: 'line: a hidden period breaks the line', chart: chart('line', [value('2020-21', 40), value('2021-22', 42), hidden('2022-23'), value('2023-24', 48), value('2024-25', 50)]), circles: 4, lines: 2, contains: ['>Hidden<'] },
    { name: 'line: one value is a point, no line', chart: chart('line', [value('2023-24', 48)]), circles: 1, lines: 0 },
    { name: 'line: all hidden', chart: chart('line', [hidden('2022-23'), hidden('2023-24')]), circles: 0, lines: 0, contains: ['>Hidden<'] },
  ];
  it.each(cases)('$name', ({ chart: given, bars, circles, lines, contains = [], excludes = [], hiddenGroup }) => {
    const { svg, width, height } = buildChartSvg(given);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Reading by school"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(width).toBe(640);
    expect(height).toBeGreaterThan(50);
    // The white background is a rect too.
    if (bars !== undefined) expect(count(svg, /<rect /g) - 1).toBe(bars);
    if (circles !== undefined) expect(count(svg, /<circle /g)).toBe(circles);
    if (lines !== undefined) expect(count(svg, /<polyline /g)).toBe(lines);
    for (const text of contains) expect(svg).toContain(text);
    for (const text of excludes) expect(svg).not.toContain(text);
    if (hiddenGroup) {
      // The hidden school's row: its name and its words, no bar and no value.
      const row = svg.slice(svg.indexOf(`<g><title>${hiddenGroup}</title>`), svg.indexOf('</g>', svg.indexOf(`<g><title>${hiddenGroup}</title>`)));
      expect(row).toContain('>Hidden<');
      expect(row).not.toContain('<rect');
      expect(row).not.toMatch(/>\d/);
    }
  });

  it('draws negative bars to the left of zero and a zero value as a hairline at zero', () => {
    const { svg } = buildChartSvg(chart('bars', [value('Loss', -10), value('Flat', 0), value('Gain', 10)], { isPercent: false, tickSuffix: '' }));
    const [loss, flat, gain] = rects(svg);
    const zero = flat!.x;
    expect(loss!.x + loss!.width).toBeCloseTo(zero, 0);
    expect(flat!.width).toBe(1);
    expect(gain!.x).toBe(zero);
    expect(loss!.width).toBeCloseTo(gain!.width, 0);
    expect(svg).toContain('>-10<');
  });

  it('writes a value inside its bar, in white, when it would sit on the district’s line', () => {
    const { svg } = buildChartSvg(chart('bars', [value('On the line', 55), value('Far', 20)], { reference: { label: 'District 58%', value: 58 } }));
    expect(svg).toContain('fill="#ffffff">55%</text>');
    expect(svg).not.toContain('fill="#ffffff">20%</text>');
    expect(svg).toContain('>20%</text>');
  });

  it('grows with the number of bars', () => {
    const few = buildChartSvg(chart('bars', [value('A', 1)]));
    const many = buildChartSvg(chart('bars', Array.from({ length: 20 }, (_, i) => value(`School ${i}`, i))));
    expect(many.height).toBeGreaterThan(few.height + 400);
  });

  it('cuts long labels with an ellipsis and keeps the whole name in the tooltip', () => {
    const name = 'Thurgood Marshall Academy for Learning and Social Change';
    const { svg } = buildChartSvg(chart('bars', [value(name, 50)]));
    expect(svg).toContain(`<title>${name}</title>`);
    expect(svg).toContain('>Thurgood Marshall Academy for…<');
    expect(shortLabel('Short', 30)).toBe('Short');
    expect([...shortLabel(name, 30)]).toHaveLength(30);
  });

  it('escapes every text it writes', () => {
    const { svg } = buildChartSvg(chart('bars', [{ label: '<script>alert("x")</script> & Co', value: 5, valueText: '5 <b>' }], { title: 'Q "one" & <two>', reference: { label: "O'Neil <ref>", value: 3 } }));
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(svg).toContain('aria-label="Q &quot;one&quot; &amp; &lt;two&gt;"');
    expect(svg).toContain('O&#39;Neil &lt;ref&gt;');
  });

  it('keeps percentages within 100 and writes ticks in the reader’s language', () => {
    const { svg } = buildChartSvg(chart('bars', [value('A', 97.5)]));
    expect(svg).toContain('>100%<');
    expect(svg).not.toContain('>120%<');
    const spanish = buildChartSvg(chart('line', [value('2022', 0.25), value('2023', 0.5)], { isPercent: false, tickSuffix: '', locale: 'es' }));
    expect(spanish.svg).toMatch(/>0,\d+</);
  });
});
