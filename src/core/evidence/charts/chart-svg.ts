import { niceTicks } from '../../monitoring/chart-ticks.js';
import type { PrintChart } from '../../plan/documents/printout-blocks.js';

/** A chart drawn as one self-contained SVG, with the size it is drawn at (CSS pixels). */
export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

const WIDTH = 640;
const FONT = 'Liberation Sans, Arial, Helvetica, sans-serif';
// Okabe-Ito blue and greys that keep 4.5:1 (text) or 3:1 (marks) on white.
const INK = '#111827';
const MUTED = '#4b5563';
const GRID = '#e5e7eb';
const AXIS = '#6b7280';
const SERIES = '#0b5cad';
const REFERENCE = '#374151';
/** Characters of a school's name beside its bar; the full name is the bar's tooltip and is in the table. */
export const BAR_LABEL_CHARS = 30;
/** Characters of a period under the line. */
export const PERIOD_LABEL_CHARS = 12;

/** Text made safe inside an SVG element or a quoted attribute. */
export function escapeSvgText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A label cut to `size` characters with an ellipsis, so it never runs into its bar. */
export function shortLabel(label: string, size: number): string {
  const chars = [...label];
  return chars.length > size ? `${chars.slice(0, size - 1).join('').trimEnd()}…` : label;
}

const fixed = (value: number) => Number(value.toFixed(1));
/** The baseline that centres 11px text on `middle`, written out (not `dy="0.35em"`): Word draws the SVG itself, and not as a browser does. */
const baseline = (middle: number) => fixed(middle + 3.9);

function tickText(chart: PrintChart, tick: number): string {
  return `${new Intl.NumberFormat(chart.locale, { maximumFractionDigits: 1 }).format(tick)}${chart.tickSuffix}`;
}

/** Round ticks over the values; percentages never pass 100; nothing to draw gets an empty 0-100 or 0-1 axis. */
function ticksOf(chart: PrintChart, values: number[], withZero: boolean): number[] {
  if (values.length === 0) return niceTicks(0, chart.isPercent ? 100 : 1, 5);
  const low = withZero ? Math.min(0, ...values) : Math.min(...values);
  const high = withZero ? Math.max(0, ...values) : Math.max(...values);
  const ticks = niceTicks(low, high, 5);
  return chart.isPercent ? ticks.filter((tick) => tick <= Math.max(100, high)) : ticks;
}

function open(chart: PrintChart, width: number, height: number): string {
  const title = escapeSvgText(chart.title);
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="11" fill="${INK}"><title>${title}</title><rect width="${width}" height="${height}" fill="#ffffff"/>`;
}

/** Roughly how wide a label is drawn at 11px, to keep it clear of the district's line. */
const textWidth = (text: string) => [...text].length * 6.2;

/**
 * A bar's value, after its end; inside the bar, in white, when it would sit on the district's line
 * and the bar has room for it.
 */
function valueLabel(text: string, at: { zero: number; end: number; middle: number; reference: number | null }): string {
  const width = textWidth(text);
  const isNegative = at.end < at.zero;
  const start = isNegative ? at.end - 4 - width : at.end + 4;
  const crossesReference = at.reference !== null && at.reference >= start - 3 && at.reference <= start + width + 3;
  if (crossesReference && Math.abs(at.end - at.zero) > width + 10) {
    const inside = isNegative ? `x="${fixed(at.end + 4)}"` : `x="${fixed(at.end - 4)}" text-anchor="end"`;
    return `<text ${inside} y="${baseline(at.middle)}" fill="#ffffff">${escapeSvgText(text)}</text>`;
  }
  const after = isNegative ? `x="${fixed(at.end - 4)}" text-anchor="end"` : `x="${fixed(at.end + 4)}"`;
  return `<text ${after} y="${baseline(at.middle)}">${escapeSvgText(text)}</text>`;
}

/**
 * One horizontal bar per school or group, the reference (the district) as a dashed line. A hidden
 * cell has no bar, never a bar of zero: its words ("Hidden") sit where the bar would start.
 */
function barsSvg(chart: PrintChart): ChartSvg {
  const rowHeight = 26;
  const barHeight = 16;
  const labelWidth = 200;
  const margin = { top: chart.reference ? 30 : 12, right: 70, bottom: 30, left: labelWidth + 10 };
  const height = margin.top + Math.max(1, chart.points.length) * rowHeight + margin.bottom;
  const values = [...chart.points.flatMap((point) => (point.value === null ? [] : [point.value])), ...(chart.reference ? [chart.reference.value] : [])];
  const ticks = ticksOf(chart, values, true);
  const low = ticks[0]!;
  const high = ticks.at(-1)!;
  const x = (value: number) => fixed(margin.left + ((value - low) / (high - low || 1)) * (WIDTH - margin.left - margin.right));
  const zero = x(Math.min(Math.max(0, low), high));
  const bottom = height - margin.bottom;
  const parts: string[] = [open(chart, WIDTH, height)];
  for (const tick of ticks) {
    parts.push(`<line x1="${x(tick)}" x2="${x(tick)}" y1="${margin.top - 4}" y2="${bottom}" stroke="${GRID}"/>`);
    parts.push(`<text x="${x(tick)}" y="${bottom + 16}" text-anchor="middle" fill="${MUTED}">${escapeSvgText(tickText(chart, tick))}</text>`);
  }
  chart.points.forEach((point, index) => {
    const top = margin.top + index * rowHeight + (rowHeight - barHeight) / 2;
    const middle = fixed(top + barHeight / 2);
    parts.push(`<g><title>${escapeSvgText(point.label)}</title>`);
    parts.push(`<text x="${labelWidth}" y="${baseline(middle)}" text-anchor="end">${escapeSvgText(shortLabel(point.label, BAR_LABEL_CHARS))}</text>`);
    if (point.value === null) {
      parts.push(`<text x="${fixed(zero + 4)}" y="${baseline(middle)}" font-style="italic" fill="${MUTED}">${escapeSvgText(point.valueText)}</text>`);
    } else {
      const end = x(point.value);
      // A value of zero still shows a hairline, so it reads as zero rather than as nothing.
      parts.push(`<rect x="${Math.min(zero, end)}" y="${fixed(top)}" width="${Math.max(1, fixed(Math.abs(end - zero)))}" height="${barHeight}" fill="${SERIES}"/>`);
      parts.push(valueLabel(point.valueText, { zero, end, middle, reference: chart.reference ? x(chart.reference.value) : null }));
    }
    parts.push('</g>');
  });
  parts.push(`<line x1="${zero}" x2="${zero}" y1="${margin.top - 4}" y2="${bottom}" stroke="${AXIS}"/>`);
  if (chart.reference) {
    const at = x(chart.reference.value);
    parts.push(`<line x1="${at}" x2="${at}" y1="${margin.top - 6}" y2="${bottom}" stroke="${REFERENCE}" stroke-width="2" stroke-dasharray="5 4"/>`);
    parts.push(`<text x="${at}" y="${margin.top - 12}" text-anchor="middle" font-weight="bold" fill="${REFERENCE}">${escapeSvgText(chart.reference.label)}</text>`);
  }
  parts.push('</svg>');
  return { svg: parts.join(''), width: WIDTH, height };
}

/**
 * One value per period, left to right, joined by a line that breaks at a hidden or missing period
 * (whose words sit at its place on the axis), each value written above its point.
 */
function lineSvg(chart: PrintChart): ChartSvg {
  const height = 240;
  const margin = { top: 24, right: 36, bottom: 44, left: 60 };
  const values = chart.points.flatMap((point) => (point.value === null ? [] : [point.value]));
  const ticks = ticksOf(chart, values, false);
  const low = ticks[0]!;
  const high = ticks.at(-1)!;
  const count = chart.points.length;
  const x = (index: number) => fixed(count <= 1 ? (margin.left + WIDTH - margin.right) / 2 : margin.left + (index / (count - 1)) * (WIDTH - margin.left - margin.right));
  const y = (value: number) => fixed(margin.top + (1 - (value - low) / (high - low || 1)) * (height - margin.top - margin.bottom));
  const bottom = height - margin.bottom;
  const parts: string[] = [open(chart, WIDTH, height)];
  for (const tick of ticks) {
    parts.push(`<line x1="${margin.left}" x2="${WIDTH - margin.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="${GRID}"/>`);
    parts.push(`<text x="${margin.left - 6}" y="${baseline(y(tick))}" text-anchor="end" fill="${MUTED}">${escapeSvgText(tickText(chart, tick))}</text>`);
  }
  parts.push(`<line x1="${margin.left}" x2="${WIDTH - margin.right}" y1="${bottom}" y2="${bottom}" stroke="${AXIS}"/>`);
  // Runs of consecutive values: the line never bridges a period it has no value for.
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) parts.push(`<polyline points="${run.join(' ')}" fill="none" stroke="${SERIES}" stroke-width="2.5"/>`);
    run = [];
  };
  chart.points.forEach((point, index) => {
    if (point.value === null) flush();
    else run.push(`${x(index)},${y(point.value)}`);
  });
  flush();
  chart.points.forEach((point, index) => {
    parts.push(`<g><title>${escapeSvgText(point.label)}</title>`);
    if (point.value === null) {
      parts.push(`<text x="${x(index)}" y="${bottom - 8}" text-anchor="middle" font-style="italic" fill="${MUTED}">${escapeSvgText(point.valueText)}</text>`);
    } else {
      parts.push(`<circle cx="${x(index)}" cy="${y(point.value)}" r="4" fill="${SERIES}"/>`);
      parts.push(`<text x="${x(index)}" y="${fixed(y(point.value) - 9)}" text-anchor="middle" font-weight="bold">${escapeSvgText(point.valueText)}</text>`);
    }
    parts.push(`<text x="${x(index)}" y="${bottom + 18}" text-anchor="middle">${escapeSvgText(shortLabel(point.label, PERIOD_LABEL_CHARS))}</text></g>`);
  });
  parts.push('</svg>');
  return { svg: parts.join(''), width: WIDTH, height };
}

/**
 * A print chart as SVG: plain markup with its colours and fonts written in (no stylesheet), so the
 * same drawing serves the HTML page, the PDF and the Word file's image. Every text is escaped.
 */
export function buildChartSvg(chart: PrintChart): ChartSvg {
  return chart.shape === 'bars' ? barsSvg(chart) : lineSvg(chart);
}
