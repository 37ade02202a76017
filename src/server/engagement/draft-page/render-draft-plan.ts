import { studentGroupLabel } from '../../../core/monitoring/student-group-names.js';
import type { Action, Goal, Measure, PlanDocument, Strategy } from '../../../core/plan/format/plan-format.schema.js';
import { localizeUnitLabel } from '../../../core/plan/unit-words.js';
import { escapeHtml } from '../../documents/escape-html.js';
import { draftMeasureValues, type ShownValue } from './draft-measure-values.js';
import { draftPaths, inLanguage } from './draft-page-frame.js';
import type { DraftWordKey } from './draft-page-messages.js';
import { textHtml, type DraftRenderContext } from './draft-render-context.js';

/**
 * The draft itself, in reading order: mission, vision and values, then each goal with its
 * measures, strategies and their actions. Every part a comment may be about is a block carrying
 * its key (data-element), its texts marked "quotable" for the page's script to take a selected
 * passage from, and a plain "comment on this" link that works without the script.
 */
export function renderDraftPlan(document: PlanDocument, ctx: DraftRenderContext, hiddenKeys: ReadonlySet<string>): string {
  const plan = document.plan;
  const { t } = ctx;
  const parts: string[] = [];
  if (plan.mission?.trim()) parts.push(block(ctx, 'mission', t('mission'), 'h2', textHtml(ctx, 'p', ctx.text('plan', '', 'mission', plan.mission)), 'card draft-part'));
  if (plan.vision?.trim()) parts.push(block(ctx, 'vision', t('vision'), 'h2', textHtml(ctx, 'p', ctx.text('plan', '', 'vision', plan.vision)), 'card draft-part'));
  if (plan.values?.length) {
    const items = plan.values
      .map((value) => `<li>${textHtml(ctx, 'strong', { text: value.name, language: 'en' })}${value.description?.trim() ? `: ${textHtml(ctx, 'span', { text: value.description, language: 'en' })}` : ''}</li>`)
      .join('');
    parts.push(block(ctx, 'values', t('values'), 'h2', `<ul class="values-list">${items}</ul>`, 'card draft-part'));
  }
  const goals = plan.goals.filter((goal) => !hiddenKeys.has(goal.key)).map((goal) => renderGoal(goal, ctx, hiddenKeys));
  return `${parts.length ? `<div class="intro-parts">${parts.join('\n')}</div>` : ''}
${goals.length ? `<h2 id="goals">${t('goals')}</h2>${goals.join('\n')}` : ''}`;
}

const goalKindWord = (goal: Goal): DraftWordKey => (goal.kind === 'guardrail' ? 'guardrail' : goal.kind === 'interim_goal' ? 'interimGoal' : 'goal');

function renderGoal(goal: Goal, ctx: DraftRenderContext, hiddenKeys: ReadonlySet<string>): string {
  const { t } = ctx;
  const own = [
    goal.description?.trim() ? textHtml(ctx, 'p', { text: goal.description, language: 'en' }) : '',
    goal.rationale?.trim() ? `<p class="label">${t('rationale')}</p>${textHtml(ctx, 'p', { text: goal.rationale, language: 'en' })}` : '',
  ].join('');
  const measures = (goal.measures ?? []).filter((m) => !hiddenKeys.has(m.key)).map((m) => renderMeasure(m, ctx, 'h4')).join('');
  const strategies = (goal.strategies ?? []).filter((s) => !hiddenKeys.has(s.key)).map((s) => renderStrategy(s, ctx, hiddenKeys)).join('');
  const title = `<span class="kind-label">${t(goalKindWord(goal))} ${escapeHtml(goal.key)}</span>${textHtml(ctx, 'span', ctx.text('element', goal.key, 'title', goal.title))}`;
  return block(ctx, goal.key, `${t(goalKindWord(goal))} ${escapeHtml(goal.key)}`, 'h3', own, 'card goal', title, `${measures}${strategies}`);
}

function renderStrategy(strategy: Strategy, ctx: DraftRenderContext, hiddenKeys: ReadonlySet<string>): string {
  const { t } = ctx;
  const own = strategy.description?.trim() ? textHtml(ctx, 'p', { text: strategy.description, language: 'en' }) : '';
  const measures = (strategy.measures ?? []).filter((m) => !hiddenKeys.has(m.key)).map((m) => renderMeasure(m, ctx, 'h5')).join('');
  const actions = (strategy.actions ?? []).filter((a) => !hiddenKeys.has(a.key)).map((a) => renderAction(a, ctx)).join('');
  const title = `<span class="kind-label">${t('strategy')} ${escapeHtml(strategy.key)}</span>${textHtml(ctx, 'span', ctx.text('element', strategy.key, 'title', strategy.title))}`;
  return block(ctx, strategy.key, `${t('strategy')} ${escapeHtml(strategy.key)}`, 'h4', own, 'nested strategy', title, `${measures}${actions}`);
}

function renderAction(action: Action, ctx: DraftRenderContext): string {
  const { t } = ctx;
  const when = action.timeline ?? (action.start || action.due ? [action.start, action.due].filter(Boolean).join(' – ') : '');
  const own = [
    action.description?.trim() ? textHtml(ctx, 'p', { text: action.description, language: 'en' }) : '',
    when ? `<p class="by">${t('timeline')}: ${escapeHtml(when)}</p>` : '',
  ].join('');
  const title = `<span class="kind-label">${t('action')} ${escapeHtml(action.key)}</span>${textHtml(ctx, 'span', ctx.text('element', action.key, 'title', action.title))}`;
  return block(ctx, action.key, `${t('action')} ${escapeHtml(action.key)}`, 'h5', own, 'nested action', title);
}

/** A measure: a goal's is a level below the goal's heading, a strategy's a level below the strategy's. */
function renderMeasure(measure: Measure, ctx: DraftRenderContext, heading: 'h4' | 'h5'): string {
  const { t } = ctx;
  const values = draftMeasureValues(measure, { threshold: ctx.threshold, ...(ctx.groups ? { groups: ctx.groups } : {}) });
  const say = (value: ShownValue) => `${escapeHtml(shownValue(value, measure, ctx))} (${escapeHtml(value.periodLabel)})`;
  const facts = [
    values.baseline ? [t('baseline'), say(values.baseline)] : null,
    values.finalTarget ? [t('target'), `${escapeHtml(formatValue(values.finalTarget.value, measure, ctx))} (${escapeHtml(values.finalTarget.periodLabel)})`] : null,
    values.latest ? [t('latest'), say(values.latest)] : null,
  ]
    .filter((fact): fact is string[] => fact !== null)
    .map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`)
    .join('');
  const groups = values.groups
    ? `<div class="table-scroll" tabindex="0" role="region" aria-label="${t('byGroup', { period: values.groups.periodLabel })}"><table class="groups"><caption>${t('byGroup', { period: values.groups.periodLabel })}</caption><thead><tr><th scope="col">${t('group')}</th><th scope="col">${t('result')}</th></tr></thead><tbody>${values.groups.rows
        .map((row) => `<tr><th scope="row">${escapeHtml(row.subgroup === null ? ctx.t('allStudents') : studentGroupLabel(row.subgroup, ctx.locale, ctx.groups))}</th><td${row.isHidden && !row.range ? '' : ' class="num"'}>${escapeHtml(shownValue(row, measure, ctx))}</td></tr>`)
        .join('')}</tbody></table></div>`
    : '';
  const own = [measure.description?.trim() ? textHtml(ctx, 'p', { text: measure.description, language: 'en' }) : '', facts ? `<dl class="facts">${facts}</dl>` : '', groups].join('');
  const title = `<span class="kind-label">${t('measure')} ${escapeHtml(measure.key)}</span>${textHtml(ctx, 'span', ctx.text('element', measure.key, 'name', measure.name))}`;
  return block(ctx, measure.key, `${t('measure')} ${escapeHtml(measure.key)}`, heading, own, 'nested measure', title);
}

/** A value as the public may read it: the number, its published range, or why it is hidden. */
function shownValue(value: ShownValue, measure: Measure, ctx: DraftRenderContext): string {
  if (value.range) {
    const atBottom = value.range.min <= 0;
    return ctx.word(atBottom ? 'atMost' : 'atLeast', { value: formatValue(atBottom ? value.range.max : value.range.min, measure, ctx) });
  }
  if (value.isHidden || value.value === null) return ctx.word('hidden');
  return formatValue(value.value, measure, ctx);
}

function formatValue(value: number, measure: Measure, ctx: DraftRenderContext): string {
  const number = new Intl.NumberFormat(ctx.locale === 'es' ? 'es-US' : 'en-US', { maximumFractionDigits: 2 }).format(value);
  if (measure.unit === 'percent') return `${number}%`;
  return measure.unit_label ? `${number} ${localizeUnitLabel(measure.unit_label, ctx.locale)}` : number;
}

/**
 * One part of the draft: its heading (with the kind and key), its own texts, the comment link, the
 * accepted comments when the district shows them, then its children. `label` names it for the
 * link's screen-reader text ("Comment on this: Strategy G1.S1").
 */
function block(ctx: DraftRenderContext, key: string, label: string, heading: string, own: string, className: string, title?: string, children = ''): string {
  const { t } = ctx;
  const head = title ? `<${heading}>${title}</${heading}>` : `<${heading}>${label}</${heading}>`;
  const link = ctx.canComment
    ? `<p class="comment-on"><a class="comment-link" data-element="${escapeHtml(key)}" href="${escapeHtml(inLanguage(draftPaths.comment(ctx.slug, key), ctx.locale))}#comment-form">${t('commentOn')}<span class="visually-hidden">: ${label}</span></a></p>`
    : '';
  return `<section class="${className}" id="part-${escapeHtml(key)}" data-element="${escapeHtml(key)}" data-label="${label}">
${head}${own}${link}${renderComments(ctx, key)}${children}</section>`;
}

/** The accepted comments on one part (or on the whole draft, key ''), folded so the draft stays readable on a phone. */
export function renderComments(ctx: DraftRenderContext, key: string): string {
  const list = ctx.comments?.get(key) ?? [];
  if (!list.length) return '';
  const items = list
    .map((comment) => {
      const who = [comment.author_name?.trim() || ctx.word('anonymous'), comment.role ? ctx.roleLabel(comment.role) : ''].filter(Boolean).map(escapeHtml).join(' · ');
      return `<li>${comment.quote ? `<blockquote lang="en">${escapeHtml(comment.quote)}</blockquote>` : ''}<p>${escapeHtml(comment.body)}</p><p class="by">${who}</p></li>`;
    })
    .join('');
  return `<details class="comments"><summary>${ctx.t('commentsTitle')} (${list.length})</summary><ul class="comment-list">${items}</ul></details>`;
}
