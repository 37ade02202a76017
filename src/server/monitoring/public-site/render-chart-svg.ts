import { niceTicks, yearOfPeriod } from '../../../core/monitoring/chart-ticks.js';
import { escapeHtml } from '../../documents/escape-html.js';

export interface ChartLine {
  label: string;
  /** Dashed lines are promises (targets); solid lines are results. */
  isDashed: boolean;
  points: readonly { periodLabel: string; endsOn: string; value: number }[];
}

// Drawn small and scaled up to at most 600 px wide, so the labels stay readable on a phone too.
const WIDTH = 480;
const HEIGHT = 240;
const PAD = { top: 14, right: 14, bottom: 34, left: 50 };
// Distinguishable for the common colour-vision deficiencies (Okabe-Ito), all 3:1 or more on white.
export const chartColours = ['#0b5cad', '#b35900', '#007a5e', '#a3297a', '#5c5c5c', '#8a6d00', '#0072b2', '#c0392b'];

const dayOf = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

const format = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : String(Math.round(value * 10) / 10));

/** Room one label of the time axis needs ("2025-26" at the chart's font size). */
const LABEL_ROOM = 52;

/**
 * The time axis: each year as plans write it ("2025-26", not the calendar year it ends in), at its
 * first point; a label too close to the one before is left out, except the last, which replaces it;
 * the last is anchored at its end when it sits at the right edge, so it is not cut off.
 */
function timeLabels(points: readonly { periodLabel: string; endsOn: string }[], x: (date: string) => number) {
  const firsts = new Map<string, string>();
  for (const point of [...points].sort((a, b) => a.endsOn.localeCompare(b.endsOn))) {
    const year = yearOfPeriod(point.periodLabel);
    if (!firsts.has(year)) firsts.set(year, point.endsOn);
  }
  const placed: { text: string; at: number }[] = [];
  const years = [...firsts.entries()];
  years.forEach(([text, endsOn], index) => {
    const at = x(endsOn);
    const previous = placed.at(-1);
    if (previous && at - previous.at < LABEL_ROOM) {
      if (index < years.length - 1) return;
      placed.pop();
    }
    placed.push({ text, at });
  });
  return placed.map(({ text, at }) => ({
    text,
    at,
    anchor: at > WIDTH - PAD.right - LABEL_ROOM / 2 ? 'end' : 'middle',
  }));
}

/**
 * An SVG line chart drawn on the server, so the public page needs no script: one line per group
 * and one dashed line of targets, years along the bottom. Colour is never the only cue: each line
 * is named in the legend beside its swatch, targets are dashed, and the page gives the same
 * numbers as a table.
 */
export function renderChartSvg(lines: readonly ChartLine[], options: { title: string; unitSuffix?: string }): string {
  const drawn = lines.filter((line) => line.points.length > 0);
  const all = drawn.flatMap((line) => line.points);
  if (all.length === 0) return '';
  const days = all.map((p) => dayOf(p.endsOn));
  const [minDay, maxDay] = [Math.min(...days), Math.max(...days)];
  // Whole, round steps (50, 55, 60 or 0, 20, 40 ...), never quarters of an odd range.
  const ticks = niceTicks(Math.min(...all.map((p) => p.value)), Math.max(...all.map((p) => p.value)), 4);
  const [minValue, maxValue] = [ticks[0]!, ticks.at(-1)!];
  const x = (date: string) => PAD.left + (maxDay === minDay ? 0.5 : (dayOf(date) - minDay) / (maxDay - minDay)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - (value - minValue) / (maxValue - minValue)) * (HEIGHT - PAD.top - PAD.bottom);
  const suffix = options.unitSuffix ?? '';

  const grid = ticks
    .map((value) => `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}" class="grid"/><text x="${PAD.left - 6}" y="${(y(value) + 4).toFixed(1)}" text-anchor="end">${format(value)}${escapeHtml(suffix)}</text>`)
    .join('');
  const yearLabels = timeLabels(all, x)
    .map(({ text, at, anchor }) => `<text x="${at.toFixed(1)}" y="${HEIGHT - 12}" text-anchor="${anchor}">${escapeHtml(text)}</text>`)
    .join('');
  const paths = drawn
    .map((line, index) => {
      const colour = chartColours[index % chartColours.length];
      const sorted = [...line.points].sort((a, b) => a.endsOn.localeCompare(b.endsOn));
      const d = sorted.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.endsOn).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
      const dots = sorted.map((p) => `<circle cx="${x(p.endsOn).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3.5" fill="${colour}"/>`).join('');
      return `<path d="${d}" fill="none" stroke="${colour}" stroke-width="2.5"${line.isDashed ? ' stroke-dasharray="6 4"' : ''}/>${dots}`;
    })
    .join('');
  const legend = drawn
    .map((line, index) => `<li><svg width="28" height="10" aria-hidden="true" focusable="false"><line x1="0" x2="28" y1="5" y2="5" stroke="${chartColours[index % chartColours.length]}" stroke-width="3"${line.isDashed ? ' stroke-dasharray="6 4"' : ''}/></svg>${escapeHtml(line.label)}</li>`)
    .join('');
  return (
    `<figure class="chart"><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(options.title)}" focusable="false">` +
    `<g class="axes">${grid}${yearLabels}</g>${paths}</svg><ul class="legend">${legend}</ul></figure>`
  );
}
