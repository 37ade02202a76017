import type { Locale } from '../../../core/i18n/format-message.js';
import { escapeHtml } from '../../documents/escape-html.js';
import type { ConversationWord } from './conversation-page-messages.js';

/** A statement as the public API presents it (conversations.schema.ts PublicStatement). */
export interface PageStatement {
  id: string;
  text: string;
  language: string;
  translations: Record<string, string>;
  is_seed: boolean;
  reply: { reply: Record<string, string> | null; what_we_did: Record<string, string> | null } | null;
}

export interface StatementContext {
  locale: Locale;
  /** The page's words in the reader's language (the district's own beyond English and Spanish). */
  word: ConversationWord;
  /** The conversation language the reader chose. */
  language: string;
  mode: 'rate' | 'vote';
  /** Where the page's forms post without a script. */
  action: string;
}

/**
 * What a statement shows in the reader's language: the team's translation when the idea was
 * written in another language and one was added (the original then shown beneath it), else the
 * idea as written, in its own language.
 */
export function statementShown(statement: PageStatement, language: string): { text: string; lang: string; original: { text: string; lang: string } | null } {
  const translated = statement.language !== language ? statement.translations[language] : undefined;
  if (!translated) return { text: statement.text, lang: statement.language, original: null };
  return { text: translated, lang: language, original: { text: statement.text, lang: statement.language } };
}

/** A reply by language, in the reader's language when written in it, else the first there is. */
const inLanguage = (texts: Record<string, string> | null, language: string) => (texts ? (texts[language] ?? Object.values(texts).find(Boolean) ?? '') : '');

/**
 * The idea card the participant responds to. The script fills the same elements (by id) for each
 * next idea, so the page is drawn once; without a script the server draws it for the current idea.
 * `hidden` when there is no idea to show.
 */
export function renderStatementCard(statement: PageStatement | null, ctx: StatementContext): string {
  const say = (key: Parameters<ConversationWord>[0], values?: Record<string, string | number>) => escapeHtml(ctx.word(key, values));
  const shown = statement ? statementShown(statement, ctx.language) : { text: '', lang: ctx.language, original: null };
  const reply = statement ? inLanguage(statement.reply?.reply ?? null, ctx.language) : '';
  const did = statement ? inLanguage(statement.reply?.what_we_did ?? null, ctx.language) : '';
  const hidden = (shownIf: boolean) => (shownIf ? '' : ' hidden');
  return `<div class="card" id="statement"${hidden(statement !== null)}>
<p class="label" id="seed-label"${hidden(Boolean(statement?.is_seed))}>${say('seedLabel')}</p>
<p class="statement-text" id="statement-text" lang="${escapeHtml(shown.lang)}" dir="auto">${escapeHtml(shown.text)}</p>
<p class="original" id="original"${hidden(shown.original !== null)}>${say('translationLabel')} <span id="original-text" lang="${escapeHtml(shown.original?.lang ?? '')}">${escapeHtml(shown.original?.text ?? '')}</span></p>
<div class="reply" id="reply"${hidden(Boolean(reply || did))}><p id="reply-line"${hidden(Boolean(reply))}><strong>${say('replyLabel')}</strong> <span id="reply-text">${escapeHtml(reply)}</span></p><p id="did-line"${hidden(Boolean(did))}><strong>${say('whatWeDid')}</strong> <span id="did-text">${escapeHtml(did)}</span></p></div>
${renderVoteForm(statement?.id ?? '', ctx, 'current')}
</div>`;
}

/**
 * The response form for one statement: in vote mode three big submit buttons (the value rides on
 * the button pressed), in rate mode five stars as native radio buttons in a fieldset and a send
 * button. `prefix` keeps the radios' ids apart when several forms are on the page.
 */
export function renderVoteForm(statementId: string, ctx: StatementContext, prefix: string): string {
  const say = (key: Parameters<ConversationWord>[0], values?: Record<string, string | number>) => escapeHtml(ctx.word(key, values));
  const head = `<form class="vote" method="post" action="${escapeHtml(ctx.action)}" data-kind="${ctx.mode}"><input type="hidden" name="action" value="vote"><input type="hidden" name="statement" value="${escapeHtml(statementId)}">`;
  if (ctx.mode === 'vote') {
    return `${head}<div class="votes"><button type="submit" name="value" value="1" class="agree">${say('agree')}</button><button type="submit" name="value" value="-1" class="disagree">${say('disagree')}</button><button type="submit" name="value" value="0" class="pass">${say('pass')}</button></div></form>`;
  }
  const stars = [1, 2, 3, 4, 5]
    .map((count) => {
      const id = `${prefix}-star-${count}`;
      const name = count === 1 ? say('starOne') : say('stars', { count });
      return `<label class="choice" for="${id}"><input type="radio" id="${id}" name="value" value="${count}" required><span class="glyph" aria-hidden="true">${'★'.repeat(count)}</span><span>${name}</span></label>`;
    })
    .join('');
  return `${head}<fieldset class="stars"><legend>${say('ratingLegend')}</legend><div class="choices">${stars}</div></fieldset><div class="actions"><button type="submit" class="primary">${say('rate')}</button></div></form>`;
}

/**
 * Ideas the server found saying the same as the one being posted: each with its own response form
 * (so the participant can respond to it instead), then "post mine anyway", which sends the same
 * text again with confirm. Drawn by the server after a form post; the script draws the same list.
 */
export function renderSimilar(similar: readonly PageStatement[], text: string, formToken: string, ctx: StatementContext): string {
  const say = (key: Parameters<ConversationWord>[0]) => escapeHtml(ctx.word(key));
  const items = similar
    .map((statement, index) => {
      const shown = statementShown(statement, ctx.language);
      return `<li><p lang="${escapeHtml(shown.lang)}">${escapeHtml(shown.text)}</p>${renderVoteForm(statement.id, ctx, `similar-${index}`)}</li>`;
    })
    .join('');
  return `<div id="similar-box" role="region" aria-labelledby="similar-title"${similar.length ? '' : ' hidden'}><h3 id="similar-title">${say('similarTitle')}</h3><p>${say('similarIntro')}</p>
<ul class="similar" id="similar-list">${items}</ul>
<form method="post" action="${escapeHtml(ctx.action)}" id="confirm-form"><input type="hidden" name="action" value="idea"><input type="hidden" name="confirm" value="1"><input type="hidden" name="form_token" value="${escapeHtml(formToken)}"><input type="hidden" name="text" value="${escapeHtml(text)}"><div class="actions"><button type="submit" class="secondary">${say('postAnyway')}</button></div></form></div>`;
}
