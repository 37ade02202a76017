import { quadrants } from '../../../core/evidence/retreat/dot-voting.js';
import { escapeHtml } from '../../documents/escape-html.js';
import { formHead, problemFor, type RenderContext, type RoomState } from './render-room-chart.js';
import type { RetreatWord } from './retreat-page-messages.js';

type RoomItem = RoomState['swot'][number];
type Quadrant = RoomItem['quadrant'];
export const SWOT_TEXT_MAX = 300;

/** "5 dots · Rank 1" in words: the same the script writes when the counts move. */
export const dotsWords = (dots: number, word: RetreatWord) => (dots === 1 ? word('dotsOne') : word('dotsMany', { count: dots }));
export const rankWords = (item: Pick<RoomItem, 'rank' | 'is_tied'>, word: RetreatWord) => word(item.is_tied ? 'tiedRank' : 'rank', { rank: item.rank });

/**
 * One item of the board: its text, everyone's dots and its rank (never who put them there), and the
 * person's own dots with a button to take one off and one to add one. Each button posts the number
 * of dots the item should then hold, so a page sent twice does not spend twice.
 */
export function renderSwotItem(item: RoomItem, ctx: RenderContext): string {
  const { word } = ctx;
  const id = escapeHtml(item.id);
  const problem = problemFor(ctx, 'dots', 'dots', `dots-problem-${item.id}`, item.id);
  const form = ctx.isOpen
    ? `<form class="dots" method="post" action="${escapeHtml(ctx.action)}">
${formHead(ctx, 'dots', `<input type="hidden" name="item" value="${id}">`)}
<button type="submit" name="dots" value="${Math.max(0, item.my_dots - 1)}" class="less"${item.my_dots === 0 ? ' disabled' : ''}><span aria-hidden="true">−</span><span class="sr">${escapeHtml(word('removeDot', { item: item.text }))}</span></button>
<span class="my-dots">${escapeHtml(word('myDots', { count: item.my_dots }))}</span>
<button type="submit" name="dots" value="${item.my_dots + 1}" class="more"${problem.attributes}><span aria-hidden="true">+</span><span class="sr">${escapeHtml(word('addDot', { item: item.text }))}</span></button>
</form>${problem.html}`
    : '';
  return `<li id="item-${id}" data-id="${id}" tabindex="-1"><p class="item-text">${escapeHtml(item.text)}</p><p class="item-meta"><span class="dots-total">${escapeHtml(dotsWords(item.dots, word))}</span> · <span class="item-rank">${escapeHtml(rankWords(item, word))}</span></p>${form}</li>`;
}

/** The form that adds an item: its quadrant as four large radio buttons, then its text. */
function renderAddItemForm(ctx: RenderContext): string {
  const { word } = ctx;
  const kept = ctx.problem?.form === 'swot' ? ctx.kept : {};
  const quadrant = problemFor(ctx, 'swot', 'quadrant', 'swot-quadrant-problem');
  const text = problemFor(ctx, 'swot', 'text', 'swot-text-problem');
  const other = ctx.problem?.form === 'swot' && !quadrant.html && !text.html ? `<p class="status warn" role="status">${escapeHtml(ctx.problem.message)}</p>` : '';
  const focusText = other ? ' autofocus' : '';
  const radio = (value: Quadrant) =>
    `<label class="choice" for="quadrant-${value}"><input type="radio" id="quadrant-${value}" name="quadrant" value="${value}"${kept.quadrant === value ? ' checked' : ''}${quadrant.html && value === 'strength' ? ' autofocus' : ''}><span>${escapeHtml(word(`quadrant.${value}`))}</span></label>`;
  return `<form id="add-item" method="post" action="${escapeHtml(ctx.action)}" novalidate>
${formHead(ctx, 'swot')}
<h3 id="add-item-title">${escapeHtml(word('addItemTitle'))}</h3>
<fieldset class="plain"${quadrant.attributes ? ' aria-describedby="swot-quadrant-problem"' : ''}><legend>${escapeHtml(word('quadrantLabel'))}</legend><div class="choices kinds">${quadrants.map(radio).join('')}</div>${quadrant.html}</fieldset>
<label for="swot-text" class="field-label">${escapeHtml(word('itemLabel'))}</label>
<textarea id="swot-text" name="text" rows="3" maxlength="${SWOT_TEXT_MAX}"${text.attributes ? `${text.attributes} class="invalid-field"` : ` aria-describedby="swot-text-hint"${focusText}`}>${escapeHtml(kept.text ?? '')}</textarea>
<p class="counter" id="swot-text-hint">${escapeHtml(word('charsMax', { max: SWOT_TEXT_MAX }))}</p>
${text.html}${other}
<div class="actions"><button type="submit" class="primary">${escapeHtml(word('addItem'))}</button></div>
</form>`;
}

/** The board: dots left, the four quadrants with their items in the board's order, and the form to add one. */
export function renderSwotBoard(state: RoomState, ctx: RenderContext): string {
  const { word } = ctx;
  const sections = quadrants
    .map((quadrant) => {
      const items = state.swot.filter((item) => item.quadrant === quadrant);
      return `<section class="quadrant ${quadrant}" id="swot-${quadrant}" aria-labelledby="swot-${quadrant}-title" data-quadrant="${quadrant}">
<h3 id="swot-${quadrant}-title">${escapeHtml(word(quadrant))}</h3>
<p class="note" data-empty${items.length ? ' hidden' : ''}>${escapeHtml(word('noItems'))}</p>
<ol class="items">${items.map((item) => renderSwotItem(item, ctx)).join('')}</ol>
</section>`;
    })
    .join('\n');
  const template: RoomItem = { id: '', quadrant: 'strength', text: '', area: null, dots: 0, rank: 1, is_tied: false, my_dots: 0 };
  return `<section class="block" id="swot" aria-labelledby="swot-title" tabindex="-1">
<h2 id="swot-title">${escapeHtml(word('swotTitle'))}</h2>
<p>${escapeHtml(word('swotIntro'))}</p>
<p class="dots-left" id="dots-left">${escapeHtml(word('dotsLeft', { left: state.dots_left, total: state.retreat.dots_per_person }))}</p>
<div class="quadrants">${sections}</div>
${ctx.isOpen ? renderAddItemForm(ctx) : ''}
<template id="item-template">${renderSwotItem(template, { ...ctx, problem: null })}</template>
</section>`;
}
