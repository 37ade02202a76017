import { comparePlans, type FieldChange, type WordDiffPart } from '../../../core/plan/plan-diff.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import { escapeHtml } from '../../documents/escape-html.js';
import type { DraftWordKey } from './draft-page-messages.js';
import type { DraftRenderContext } from './draft-render-context.js';

// The texts a reader compares word by word; any other field changed is named in one line.
const textFields = new Set(['title', 'name', 'description', 'rationale', 'mission', 'vision']);
const namedFields: Record<string, DraftWordKey> = { targets: 'field.targets', baseline: 'field.baseline', actuals: 'field.actuals', owner: 'field.owner', timeline: 'field.timeline', start: 'field.timeline', due: 'field.timeline' };
// The plan's own fields a reader of the draft cares about; its status, adoption and format are bookkeeping.
const readerPlanFields = new Set(['title', 'mission', 'vision', 'values']);
const kindWord: Record<string, DraftWordKey> = { goal: 'goal', measure: 'measure', strategy: 'strategy', action: 'action' };

/**
 * An amendment's comparison with the plan adopted now, for readers: what is new, removed, moved
 * and changed, each text word by word (core/plan/plan-diff.ts, the same comparison the planning
 * team reads), added words underlined and removed ones struck through, with their kind said to a
 * screen reader too. Hidden parts stay out of it as they stay off the draft.
 */
export function renderComparison(adopted: PlanDocument, draft: PlanDocument, ctx: DraftRenderContext, hiddenKeys: ReadonlySet<string>): string {
  const { t } = ctx;
  const comparison = comparePlans(adopted, draft);
  const items: string[] = [];
  const planChanges = comparison.plan.filter((change) => readerPlanFields.has(change.field));
  if (planChanges.length) items.push(`<li><span class="change-kind">${t('changed')}</span><strong>${t('planTexts')}</strong>${planChanges.map((change) => fieldChange(change, ctx)).join('')}</li>`);
  const name = (element: { key: string; kind: string; title: string }) => `<strong>${t(kindWord[element.kind] ?? 'goal')} ${escapeHtml(element.key)}</strong>: <span lang="en">${escapeHtml(element.title)}</span>`;
  for (const element of comparison.added.filter((e) => !hiddenKeys.has(e.key))) items.push(`<li><span class="change-kind">${t('added')}</span>${name(element)} <a href="#part-${escapeHtml(element.key)}">↓</a></li>`);
  for (const element of comparison.removed.filter((e) => !hiddenKeys.has(e.key))) items.push(`<li><span class="change-kind">${t('removed')}</span>${name(element)}</li>`);
  for (const element of comparison.changed.filter((e) => !hiddenKeys.has(e.key))) {
    const shown = element.changes.filter((change) => textFields.has(change.field) && change.textDiff);
    const others = [...new Set(element.changes.filter((change) => !shown.includes(change) && change.field !== 'extensions').map((change) => ctx.word(namedFields[change.field] ?? 'field.other')))];
    if (!shown.length && !others.length) continue;
    items.push(`<li><span class="change-kind">${t('changed')}</span>${name(element)}${shown.map((change) => fieldChange(change, ctx)).join('')}${others.length ? `<p class="diff-field">${t('otherDetails', { fields: others.join(', ') })}</p>` : ''}</li>`);
  }
  for (const element of comparison.moved.filter((e) => !hiddenKeys.has(e.key))) items.push(`<li><span class="change-kind">${t('moved')}</span>${name(element)}</li>`);
  const body = items.length ? `<p>${t('comparisonIntro')}</p><ul class="diff-list">${items.join('')}</ul>` : `<p>${t('noChanges')}</p>`;
  return `<section class="comparison" aria-labelledby="comparison-title"><h2 id="comparison-title">${t('comparisonTitle')}</h2>${body}</section>`;
}

function fieldChange(change: FieldChange, ctx: DraftRenderContext): string {
  const label = ctx.t(`field.${change.field}` as DraftWordKey);
  if (change.textDiff) return `<div class="diff-field"><strong>${label}</strong><p lang="en">${wordDiff(change.textDiff, ctx)}</p></div>`;
  // The values list: before and after, by name.
  const names = (value: unknown) => (Array.isArray(value) ? value.map((v) => String((v as { name?: unknown }).name ?? '')).filter(Boolean).join(', ') : '');
  return `<div class="diff-field"><strong>${label}</strong><p>${ctx.t('before')}: <span lang="en">${escapeHtml(names(change.before)) || '—'}</span></p><p>${ctx.t('after')}: <span lang="en">${escapeHtml(names(change.after)) || '—'}</span></p></div>`;
}

/** A word diff as HTML: <ins> and <del> with their meaning said in words for a screen reader. */
function wordDiff(parts: readonly WordDiffPart[], ctx: DraftRenderContext): string {
  return parts
    .map((part) => {
      const text = escapeHtml(part.text);
      if (part.op === 'insert') return `<ins><span class="visually-hidden" lang="${ctx.locale}">${ctx.t('addedWords')} </span>${text}</ins>`;
      if (part.op === 'delete') return `<del><span class="visually-hidden" lang="${ctx.locale}">${ctx.t('removedWords')} </span>${text}</del>`;
      return text;
    })
    .join('');
}
