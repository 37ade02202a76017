import type { Locale } from '../../../core/i18n/format-message.js';
import { escapeHtml } from '../../documents/escape-html.js';
import type { ChartData } from '../retreats/read-chart-data.js';
import type { readRoomState } from '../retreats/read-room-state.js';
import type { RetreatWord } from './retreat-page-messages.js';

export type RoomState = Awaited<ReturnType<typeof readRoomState>>;
/** A chart of the room's state; its data is there when the state was read with it (the page's first load). */
export type RoomChart = RoomState['charts'][number] & { data?: ChartData | null };
export type RoomObservation = RoomChart['observations'][number];
type Cell = ChartData['district'];

/** What was refused in a form, said next to its field; and what the person had written, kept. */
export interface PageProblem {
  form: 'join' | 'observation' | 'swot' | 'dots';
  /** The chart (observation) or item (dots) the form belongs to. */
  target?: string;
  field: string;
  message: string;
}
export interface KeptFields {
  name?: string;
  kind?: string;
  body?: string;
  quadrant?: string;
  text?: string;
}

export interface RenderContext {
  locale: Locale;
  word: RetreatWord;
  action: string;
  /** The signed-in member's CSRF token, carried by every form (null for a guest). */
  csrf: string | null;
  problem: PageProblem | null;
  kept: KeptFields;
  isOpen: boolean;
  /** The district's schools by id, for a chart that reads one school (its caption names it). */
  schoolNames: ReadonlyMap<string, string>;
}

export const OBSERVATION_MAX = 500;

/** The hidden fields every form of the room carries: what it does, and a member's CSRF token. */
export function formHead(ctx: RenderContext, action: string, extra = ''): string {
  return `<input type="hidden" name="action" value="${action}">${ctx.csrf ? `<input type="hidden" name="csrf" value="${escapeHtml(ctx.csrf)}">` : ''}${extra}`;
}

/** The problem under a field, with the id its field names in aria-describedby; empty when none. */
export function problemFor(ctx: RenderContext, form: PageProblem['form'], field: string, id: string, target?: string): { html: string; attributes: string } {
  const problem = ctx.problem;
  if (!problem || problem.form !== form || problem.field !== field || (target !== undefined && problem.target !== target)) return { html: '', attributes: '' };
  // autofocus: the page drawn again after a refused post opens at the field, not at its top.
  return { html: `<p class="error" id="${id}">${escapeHtml(problem.message)}</p>`, attributes: ` aria-invalid="true" aria-describedby="${id}" autofocus` };
}

/** A cell's value as the reader's language writes it ("45.5%", "45,5 %"); a hidden or missing cell in words, never 0. */
export function cellText(cell: Cell, unit: ChartData['metric']['unit'], ctx: Pick<RenderContext, 'locale' | 'word'>): { text: string; value: number | null } {
  if ('suppressed' in cell) return { text: ctx.word(cell.reason === 'in_file' ? 'hiddenInFile' : 'hiddenSmall'), value: null };
  if ('missing' in cell) return { text: ctx.word('missing'), value: null };
  const tag = ctx.locale === 'es' ? 'es-ES' : 'en-US';
  const text =
    unit === 'percent'
      ? new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).format(cell.value / 100)
      : new Intl.NumberFormat(tag, { maximumFractionDigits: unit === 'count' ? 0 : 2 }).format(cell.value);
  return { text, value: cell.value };
}

/**
 * A chart as a table with a bar in each row: the table is what a screen reader reads (the bar is
 * a picture of the number beside it, hidden from it). Bars are SVG rectangles sized by attribute,
 * so the page's policy needs no inline style. Percentages fill to 100; other units to the largest.
 */
function renderChartTable(data: ChartData, ctx: RenderContext): string {
  const { word } = ctx;
  const rows = data.cells.map((cell) => ({ label: cell.label, cell: cell as Cell, isDistrict: false }));
  if (data.by === 'school') rows.push({ label: word('district'), cell: data.district, isDistrict: true });
  const shown = rows.map((row) => ({ ...row, ...cellText(row.cell, data.metric.unit, ctx) }));
  const largest = data.metric.unit === 'percent' ? 100 : Math.max(0, ...shown.map((row) => row.value ?? 0));
  const bar = (value: number | null) => {
    if (value === null || largest <= 0) return '';
    const width = Math.max(0, Math.min(100, (value / largest) * 100));
    return `<svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="track" width="100" height="10"></rect><rect width="${width.toFixed(2)}" height="10"></rect></svg>`;
  };
  // A hidden cell's words take the bar's place too: a phone's narrow table keeps its bars wide.
  const valueCells = (row: (typeof shown)[number]) =>
    row.value === null ? `<td class="value hidden-cell" colspan="2">${escapeHtml(row.text)}</td>` : `<td class="value">${escapeHtml(row.text)}</td><td class="bar">${bar(row.value)}</td>`;
  const body = shown.map((row) => `<tr${row.isDistrict ? ' class="district"' : ''}><th scope="row">${escapeHtml(row.label)}</th>${valueCells(row)}</tr>`).join('');
  const school = data.school_id ? (ctx.schoolNames.get(data.school_id) ?? '') : '';
  const caption = [word('chartOf', { metric: data.metric.label, period: data.period ?? '' }).replace(/ · $/, ''), school, data.group ? word('groupOf', { group: data.group }) : '', word('byWhat', { what: word(`by.${data.by}` as const) })]
    .filter(Boolean)
    .join(' · ');
  return `<table class="data"><caption>${escapeHtml(caption)}</caption><thead><tr><th scope="col">${escapeHtml(word(`column.${data.by}` as const))}</th><th scope="col" class="value">${escapeHtml(word('column.value'))}</th><td></td></tr></thead><tbody>${body}</tbody></table>`;
}

/** One observation, its kind first; the person's own marked. The script draws new ones the same way. */
export function renderObservation(observation: Pick<RoomObservation, 'id' | 'kind' | 'body' | 'is_mine'>, word: RetreatWord): string {
  return `<li class="${observation.kind}" data-id="${escapeHtml(observation.id)}"><span class="kind">${escapeHtml(word(observation.kind))}:</span> <span class="body">${escapeHtml(observation.body)}</span>${observation.is_mine ? `<span class="mine">${escapeHtml(word('yours'))}</span>` : ''}</li>`;
}

/** The form to add an observation to one chart: notice or wonder as two large radio buttons, then the text. */
function renderObservationForm(chartId: string, ctx: RenderContext): string {
  const { word } = ctx;
  const mine = ctx.problem?.form === 'observation' && ctx.problem.target === chartId;
  const kept = mine ? ctx.kept : {};
  const kind = problemFor(ctx, 'observation', 'kind', `obs-kind-problem-${chartId}`, chartId);
  const body = problemFor(ctx, 'observation', 'body', `obs-body-problem-${chartId}`, chartId);
  const other = mine && ctx.problem?.field !== 'kind' && ctx.problem?.field !== 'body' ? `<p class="status warn" role="status">${escapeHtml(ctx.problem!.message)}</p>` : '';
  // Refused for another reason (too many, a chart gone): the page opens at the text.
  const focusText = mine && !kind.html && !body.html ? ' autofocus' : '';
  const radio = (value: 'notice' | 'wonder') =>
    `<label class="choice" for="kind-${value}-${chartId}"><input type="radio" id="kind-${value}-${chartId}" name="kind" value="${value}"${(kept.kind ?? 'notice') === value ? ' checked' : ''}${kind.html && value === 'notice' ? ' autofocus' : ''}><span class="choice-text"><span>${escapeHtml(word(value))}</span><span class="hint">${escapeHtml(word(value === 'notice' ? 'noticeHint' : 'wonderHint'))}</span></span></label>`;
  return `<form class="observe" method="post" action="${escapeHtml(ctx.action)}" novalidate>
${formHead(ctx, 'observation', `<input type="hidden" name="chart" value="${escapeHtml(chartId)}">`)}
<fieldset class="plain"${kind.attributes ? ` aria-describedby="obs-kind-problem-${chartId}"` : ''}><legend>${escapeHtml(word('kindLegend'))}</legend><div class="choices kinds">${radio('notice')}${radio('wonder')}</div>${kind.html}</fieldset>
<label for="obs-body-${chartId}" class="field-label">${escapeHtml(word('observationLabel'))}</label>
<textarea id="obs-body-${chartId}" name="body" rows="3" maxlength="${OBSERVATION_MAX}"${body.attributes ? `${body.attributes} class="invalid-field"` : ` aria-describedby="obs-hint-${chartId}"${focusText}`}>${escapeHtml(kept.body ?? '')}</textarea>
<p class="counter" id="obs-hint-${chartId}">${escapeHtml(word('charsMax', { max: OBSERVATION_MAX }))}</p>
${body.html}${other}
<div class="actions"><button type="submit" class="primary">${escapeHtml(word('addObservation'))}</button></div>
</form>`;
}

/** A chart of the room: its question, its data (protected), what people noticed and wondered, and the form to add one. */
export function renderRoomChart(chart: RoomChart, index: number, ctx: RenderContext): string {
  const { word } = ctx;
  const data = 'data' in chart && chart.data ? renderChartTable(chart.data, ctx) : `<p class="note">${escapeHtml(word('noData'))}</p>`;
  const observations = chart.observations.map((observation) => renderObservation(observation, word)).join('');
  return `<section class="card chart" id="chart-${escapeHtml(chart.id)}" data-chart="${escapeHtml(chart.id)}" aria-labelledby="chart-title-${escapeHtml(chart.id)}" tabindex="-1">
<h3 id="chart-title-${escapeHtml(chart.id)}">${index + 1}. ${escapeHtml(chart.question)}</h3>
${data}
<h4>${escapeHtml(word('observationsTitle'))}</h4>
<p class="note" data-empty${chart.observations.length ? ' hidden' : ''}>${escapeHtml(word('noObservations'))}</p>
<ul class="observations">${observations}</ul>
${ctx.isOpen ? renderObservationForm(chart.id, ctx) : ''}
</section>`;
}
