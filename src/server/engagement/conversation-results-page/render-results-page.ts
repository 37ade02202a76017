import { textIn } from '../../../core/engagement/likert-scales.js';
import { isSuppressed } from '../../../core/engagement/protect-counts.js';
import type { Count } from '../../../core/engagement/survey-results-types.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import { escapeHtml } from '../../documents/escape-html.js';
import type { PageTexts } from '../../../core/engagement/page-texts.js';
import { isRightToLeft } from '../../../core/engagement/survey-format.js';
import { conversationWordsIn, pageLocaleOf, pageWord, type ConversationWord } from '../conversation-page/conversation-page-messages.js';
import { conversationPageFrame, conversationPageFrameIn } from '../conversation-page/conversation-page-frame.js';
import { languageLinks } from '../conversation-page/language-links.js';
import { statementShown, type PageStatement } from '../conversation-page/render-statement.js';
import type { PublishedResults, PublishedStatement } from '../conversations/results/read-published-results.js';
import { resultsWordsOf, type ResultsPageKey } from './results-page-messages.js';

export interface ResultsPageInput {
  results: PublishedResults;
  /** The conversation language the reader reads. */
  language: string;
  inLanguage: (language: string) => string;
  /** The district's translations of the page's words, for a language other than English and Spanish. */
  pageTexts?: PageTexts;
}

/**
 * The public results page: plain HTML in the participant page's frame and stylesheet (no script, a
 * few kilobytes, readable on a cheap phone), the prompt, participation, then in rate mode the
 * ideas rated highest, in vote mode where most agree, what bridges groups and the opinion groups.
 * Each idea shows the district's reply and what it did, as the participant page does.
 */
export function renderResultsPage(input: ResultsPageInput): string {
  const { results, language } = input;
  const locale: Locale = pageLocaleOf(language);
  const word = conversationWordsIn(language, input.pageTexts);
  const results_ = resultsWordsOf(word);
  const say = (key: ResultsPageKey, values?: Record<string, string | number>) => escapeHtml(results_(key, values));
  const number = (value: number) => new Intl.NumberFormat(language).format(value);
  const prompt = textIn(results.prompt, language, results.languages);
  const ctx = { locale, language, word };

  const participants = isSuppressed(results.participants) ? say('fewParticipants', { threshold: results.threshold }) : number(results.participants as number);
  const participation = `<section aria-labelledby="participation-title"><h2 id="participation-title">${say('participationTitle')}</h2>
<dl class="card">
<div><dt>${say('participants')}</dt><dd class="count">${participants}</dd></div>
<div><dt>${say('ideas')}</dt><dd class="count">${number(results.statements)}</dd></div>
<div><dt>${say(results.mode === 'rate' ? 'ratings' : 'votes')}</dt><dd class="count">${number(results.votes)}</dd></div>
</dl></section>`;

  let body: string;
  if (results.mode === 'rate') {
    const ideas = results.topIdeas
      .map((idea) => `<li class="card">${statementHtml(idea.statement, ctx)}<p class="label">${say('averageOf', { mean: number(idea.mean), count: number(idea.ratings) })}</p>${replyHtml(idea.statement, ctx)}</li>`)
      .join('');
    body = `<section aria-labelledby="top-title"><h2 id="top-title">${say('topIdeasTitle')}</h2><p class="note">${say('topIdeasIntro', { threshold: results.threshold })}</p>
${ideas ? `<ol class="results">${ideas}</ol>` : `<p>${say('noTopIdeas')}</p>`}</section>`;
  } else {
    const leaning = (item: { direction: 'agree' | 'disagree'; percent: number }) => say(item.direction === 'agree' ? 'agreedBy' : 'disagreedBy', { percent: item.percent });
    const consensus = results.consensus.map((c) => `<li class="card">${statementHtml(c.statement, ctx)}<p class="label">${leaning(c)}</p>${replyHtml(c.statement, ctx)}</li>`).join('');
    const bridging = results.bridging.map((statement) => `<li class="card">${statementHtml(statement, ctx)}${replyHtml(statement, ctx)}</li>`).join('');
    const groups = results.groups
      .map((group, index) => {
        const letter = String.fromCharCode(65 + index);
        const items = group.representative.map((r) => `<li class="card">${statementHtml(r.statement, ctx)}<p class="label">${leaning(r)}</p>${replyHtml(r.statement, ctx)}</li>`).join('');
        return `<section aria-labelledby="group-${letter}"><h3 id="group-${letter}">${say('groupTitle', { letter, count: number(group.size) })}</h3>${items ? `<ul class="results">${items}</ul>` : `<p>${say('noneYet')}</p>`}</section>`;
      })
      .join('');
    const small = smallGroupsLine(results.inSmallGroups, say, number);
    body = `<section aria-labelledby="consensus-title"><h2 id="consensus-title">${say('consensusTitle')}</h2><p class="note">${say('consensusIntro')}</p>${consensus ? `<ul class="results">${consensus}</ul>` : `<p>${say('noneYet')}</p>`}</section>
<section aria-labelledby="bridging-title"><h2 id="bridging-title">${say('bridgingTitle')}</h2><p class="note">${say('bridgingIntro')}</p>${bridging ? `<ul class="results">${bridging}</ul>` : `<p>${say('noneYet')}</p>`}</section>
<section aria-labelledby="groups-title"><h2 id="groups-title">${say('groupsTitle')}</h2><p class="note">${say('groupsIntro')}</p>${groups || `<p>${say('noneYet')}</p>`}${small}</section>`;
  }

  const page = `<h1 lang="${escapeHtml(language)}" dir="auto">${escapeHtml(prompt)}</h1>
<div class="intro"><p class="note">${say('resultsOf', { organization: results.organizationName })}</p>
${languageLinks(results.languages, language, input.inLanguage, escapeHtml(word('language')))}</div>
${participation}
${body}`;
  const pageLanguage = language.toLowerCase().split('-')[0] === locale ? locale : language;
  return conversationPageFrameIn({ language: pageLanguage, isRtl: isRightToLeft(language), word, title: `${prompt} · ${results.organizationName}`, organizationName: results.organizationName, body: page });
}

/** The 404 page while the results are not published, in the reader's language. */
export function renderResultsNotFoundPage(locale: Locale): string {
  const say = resultsWordsOf((key, values) => pageWord(locale, key, values));
  const body = `<h1>${escapeHtml(say('notPublishedTitle'))}</h1><p>${escapeHtml(say('notPublished'))}</p>`;
  return conversationPageFrame({ locale, title: say('notPublishedTitle'), organizationName: '', body });
}

function smallGroupsLine(count: Count, say: (key: ResultsPageKey, values?: Record<string, string | number>) => string, number: (value: number) => string): string {
  if (isSuppressed(count)) return `<p class="note">${say('inSmallGroupsHidden')}</p>`;
  return count > 0 ? `<p class="note">${say('inSmallGroups', { count: number(count) })}</p>` : '';
}

/** The statement's words in the reader's language (the team's translation, the original beneath). */
function statementHtml(statement: PublishedStatement, ctx: { locale: Locale; language: string; word: ConversationWord }): string {
  const shown = statementShown(statement as PageStatement, ctx.language);
  const seed = statement.is_seed ? `<p class="label">${escapeHtml(ctx.word('seedLabel'))}</p>` : '';
  const original = shown.original ? `<p class="original">${escapeHtml(ctx.word('translationLabel'))} <span lang="${escapeHtml(shown.original.lang)}">${escapeHtml(shown.original.text)}</span></p>` : '';
  return `${seed}<p class="idea" lang="${escapeHtml(shown.lang)}" dir="auto">${escapeHtml(shown.text)}</p>${original}`;
}

/** The district's reply and what it did, in the reader's language when written in it, else the first there is. */
function replyHtml(statement: PublishedStatement, ctx: { locale: Locale; language: string; word: ConversationWord }): string {
  const pick = (texts: Record<string, string> | null) => (texts ? (texts[ctx.language] ?? Object.values(texts).find(Boolean) ?? '') : '');
  const reply = pick(statement.reply);
  const did = pick(statement.what_we_did);
  if (!reply && !did) return '';
  const line = (key: 'replyLabel' | 'whatWeDid', text: string) => (text ? `<p><strong>${escapeHtml(ctx.word(key))}</strong> ${escapeHtml(text)}</p>` : '');
  return `<div class="reply">${line('replyLabel', reply)}${line('whatWeDid', did)}</div>`;
}

