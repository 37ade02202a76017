import { isSuppressed } from '../../../core/engagement/protect-counts.js';
import type { Count, Suppressed } from '../../../core/engagement/survey-results-types.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import { escapeHtml } from '../../documents/escape-html.js';
import { draftPaths } from '../draft-page/draft-page-frame.js';
import { heardPageFrame } from './heard-page-frame.js';
import { formatHeardDay, heardWordsFor, type HeardWords } from './heard-page-messages.js';
import type { HeardChange, HeardEngagement, HeardGroupTable, WhatWeHeard } from './what-we-heard.schema.js';

type Disposition = NonNullable<Extract<HeardEngagement, { kind: 'public_comment' }>['themes'][number]['disposition']>;
interface Ctx {
  w: HeardWords;
  locale: Locale;
  threshold: number;
}

const e = escapeHtml;
/** The plan's and people's words, as written (the plan in English): marked so a screen reader reads them right. */
const theirs = (text: string) => `<span lang="en" dir="auto">${e(text)}</span>`;

/**
 * The public "what we heard, what we did" page: plain HTML in the draft page's frame and stylesheet
 * (the public site's look), no script. Each engagement a card with who took part and its themes;
 * for public comment what the team decided about each theme and published comment, and the change
 * it made as a word diff (added words underlined, removed struck through, said in words to a screen
 * reader too); then what shaped each goal.
 */
export function renderHeardPage(heard: WhatWeHeard, locale: Locale): string {
  const w = heardWordsFor(locale);
  const ctx: Ctx = { w, locale, threshold: heard.threshold };
  const path = draftPaths.heard(heard.district.slug, heard.plan.id);
  const adopted = heard.plan.adopted_on ? `<p>${e(w.adoptedOn(formatHeardDay(heard.plan.adopted_on, locale)))}</p>` : '';
  const sections = heard.engagements.map((engagement, index) => engagementHtml(engagement, index, ctx)).join('\n');
  const goals = heard.goals
    .map((goal) => {
      const cited = goal.citations.length ? `<ul class="citations">${goal.citations.map((citation) => `<li>${citation.kind === 'goal' ? '' : `<p class="note">${e(w.kinds[citation.kind] ?? '')} ${e(citation.element_key)}: ${theirs(citation.about)}</p>`}<p>${theirs(citation.text)}</p></li>`).join('')}</ul>` : `<p class="note">${e(w.noCitations)}</p>`;
      return `<li class="card"><h3><span class="kind-label">${e(w.goal)} ${e(goal.key)}</span>${theirs(goal.title)}</h3>${cited}</li>`;
    })
    .join('');
  const body = `<h1>${e(w.title)}</h1>
<p class="subtitle">${e(w.subtitle('\u0000')).replace('\u0000', theirs(heard.plan.title))}</p>
${adopted}<p>${e(w.intro)}</p>
${sections}
<section aria-labelledby="shaped-title" class="shaped"><h2 id="shaped-title">${e(w.shapedTitle)}</h2><p>${e(w.shapedIntro)}</p><ul class="heard-goals">${goals}</ul></section>
<p class="privacy">${e(w.privacy(heard.threshold))}</p>
<p><a href="${e(draftPaths.adopted(heard.district.slug))}${locale === 'es' ? '?lang=es' : ''}">${e(w.backToPlan)}</a></p>`;
  return heardPageFrame({ locale, title: `${w.title} · ${heard.plan.title}`, districtName: heard.district.name, path, body });
}

/** The 404 page: the plan is not the district's, or not adopted yet. */
export function renderHeardNotFoundPage(locale: Locale, path: string): string {
  const w = heardWordsFor(locale);
  return heardPageFrame({ locale, title: w.notFoundTitle, districtName: '', path, body: `<h1>${e(w.notFoundTitle)}</h1><p>${e(w.notFound)}</p>` });
}

function engagementHtml(engagement: HeardEngagement, index: number, ctx: Ctx): string {
  const { w, locale } = ctx;
  const id = `engagement-${index + 1}`;
  const when = (from: string | null, to: string | null) => (from ? `<p>${e(to ? w.ranFromTo(formatHeardDay(from, locale), formatHeardDay(to, locale)) : w.ranFrom(formatHeardDay(from, locale)))}</p>` : '');
  const fact = (label: string, value: Count) => `<dl class="facts"><div><dt>${e(label)}</dt><dd>${e(countText(value, ctx))}</dd></div></dl>`;
  const open = (title: string) => `<section class="card engagement" aria-labelledby="${id}"><h2 id="${id}">${title}</h2>`;
  switch (engagement.kind) {
    case 'survey':
      return `${open(`${e(w.survey)}: ${theirs(engagement.title)}`)}${when(engagement.opened_on, engagement.closed_on)}${fact(w.respondents, engagement.respondents)}
${representationHtml(engagement.representation, ctx, engagement.title)}
<h3>${e(w.mainThemes)}</h3>${listOr(engagement.themes.map((theme) => `${theirs(theme.label)} <span class="by">(${e(countText(theme.answers, ctx))} ${e(w.answers)})</span>`), w.noThemes)}</section>`;
    case 'conversation':
      return `${open(`${e(w.conversation)}: ${theirs(engagement.title)}`)}${when(engagement.opened_on, engagement.closed_on)}${fact(w.participants, engagement.participants)}
<h3>${e(w.mainPoints)}</h3>${listOr(engagement.themes.map((theme) => theirs(theme.label)), w.noThemes)}</section>`;
    case 'focus_groups':
      return `${open(e(w.focusGroups))}<dl class="facts"><div><dt>${e(w.groupsHeld)}</dt><dd>${engagement.groups}</dd></div><div><dt>${e(w.participants)}</dt><dd>${e(countText(engagement.participants, ctx))}</dd></div></dl>
<h3>${e(w.mainThemes)}</h3>${listOr(engagement.themes.map((theme) => `${theirs(theme.label)} <span class="by">(${e(w.raisedBy(theme.groups))})</span>`), w.noThemes)}</section>`;
    case 'public_comment': {
      const themes = engagement.themes
        .map((theme) => `<li><h4>${theirs(theme.label)} <span class="by">(${e(countText(theme.comments, ctx))} ${e(w.commentCount)})</span></h4>${dispositionHtml(theme.disposition, ctx)}</li>`)
        .join('');
      const shown = engagement.shown
        .map((comment) => {
          const about = `<p class="by">${e(w.onPart)}: ${comment.element ? theirs(comment.element) : e(w.wholeDraft)}${comment.theme ? ` · ${e(w.theme)}: ${theirs(comment.theme)}` : ''}</p>`;
          const quote = comment.quote ? `<p class="by">${e(w.passage)}:</p><blockquote>${theirs(comment.quote)}</blockquote>` : '';
          return `<li>${about}${quote}<p class="comment-body">${theirs(comment.body)}</p>${dispositionHtml(comment.disposition, ctx)}</li>`;
        })
        .join('');
      return `${open(e(w.publicComment))}<p>${e(w.commentWindow(formatHeardDay(engagement.opens_on, locale), formatHeardDay(engagement.closed_on, locale)))}</p>${fact(w.comments, engagement.comments)}
${representationHtml(engagement.representation, ctx, `${w.publicComment}, ${formatHeardDay(engagement.opens_on, locale)}`)}
<h3>${e(w.mainThemes)}</h3>${themes ? `<ul class="heard-themes">${themes}</ul>` : `<p class="note">${e(w.noThemes)}</p>`}
<h3>${e(w.theComments)}</h3>${shown ? `<ul class="comment-list">${shown}</ul>` : `<p class="note">${e(w.noShownComments)}</p>`}</section>`;
    }
  }
}

function listOr(items: string[], none: string): string {
  return items.length ? `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>` : `<p class="note">${escapeHtml(none)}</p>`;
}

function countText(value: Count | number, ctx: Ctx): string {
  if (isSuppressed(value)) return value.reason === 'small_group' ? ctx.w.fewer(ctx.threshold) : ctx.w.notShown;
  return new Intl.NumberFormat(ctx.locale === 'es' ? 'es-US' : 'en-US').format(value);
}

function shareText(value: number | Suppressed | null, ctx: Ctx): string {
  if (value === null) return '';
  return isSuppressed(value) ? countText(value, ctx) : `${new Intl.NumberFormat(ctx.locale === 'es' ? 'es-US' : 'en-US').format(value)} %`;
}

/** Who took part, one table per dimension; each scroll region named after its engagement too, so no two share a name. */
function representationHtml(tables: readonly HeardGroupTable[], ctx: Ctx, of: string): string {
  if (!tables.length) return '';
  const { w } = ctx;
  const html = tables.map((table) => {
    const head = [w.group, w.people, w.shareTookPart, ...(table.is_compared ? [w.sharePopulation] : [])].map((text) => `<th scope="col">${e(text)}</th>`).join('');
    const rows = table.rows
      .map((row) => {
        const flag = row.is_under_represented ? ` <strong class="flag">(${e(w.heardTooLittle)})</strong>` : '';
        const population = table.is_compared ? `<td class="num">${e(shareText(row.population_share, ctx))}</td>` : '';
        return `<tr><th scope="row">${e(row.label)}${flag}</th><td class="num">${e(countText(row.people, ctx))}</td><td class="num">${e(shareText(row.share, ctx))}</td>${population}</tr>`;
      })
      .join('');
    const note = table.is_compared ? '' : `<p class="note">${e(w.countsOnly)}</p>`;
    return `<div class="table-scroll" tabindex="0" role="region" aria-label="${e(`${table.label} · ${of}`)}"><table><caption>${e(table.label)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>${note}`;
  });
  return `<h3>${e(w.whoTookPart)}</h3>${html.join('')}`;
}

function dispositionHtml(disposition: Disposition | null, ctx: Ctx): string {
  const { w } = ctx;
  if (!disposition) return `<p class="disposition"><strong>${e(w.whatWeDid)}:</strong> ${e(w.notDecided)}</p>`;
  const note = disposition.note ? `<p><strong>${e(w.note)}:</strong> ${theirs(disposition.note)}</p>` : '';
  const changes = disposition.changes.length ? `<div class="changes"><p><strong>${e(w.changeMade)}</strong></p><ul class="diff-list">${disposition.changes.map((change) => changeHtml(change, ctx)).join('')}</ul></div>` : '';
  return `<div class="disposition"><p><strong>${e(w.whatWeDid)}:</strong> <span class="change-kind">${e(disposition.label)}</span></p>${note}${changes}</div>`;
}

function changeHtml(change: HeardChange, ctx: Ctx): string {
  const { w } = ctx;
  const name = change.kind === 'plan' ? e(w.planTexts[change.key] ?? change.key) : `${e(w.kinds[change.kind] ?? '')} ${e(change.key)}: ${theirs(change.title)}`;
  if (change.change !== 'changed') return `<li><span class="change-kind">${e(change.change === 'added' ? w.added : w.removed)}</span><strong>${name}</strong></li>`;
  const texts = change.fields.filter((field) => field.text_diff);
  const others = change.fields.filter((field) => !field.text_diff);
  const diffs = texts.map((field) => `<div class="diff-field"><strong>${e(w.fields[field.field] ?? field.field)}</strong><p lang="en">${wordDiff(field.text_diff!, ctx)}</p></div>`).join('');
  const other = others.length ? `<p class="diff-field">${e(w.otherFields)}: ${e(others.map((field) => w.fields[field.field] ?? field.field).join(', '))}</p>` : '';
  return `<li><strong>${name}</strong>${diffs}${other}</li>`;
}

function wordDiff(parts: NonNullable<HeardChange['fields'][number]['text_diff']>, ctx: Ctx): string {
  return parts
    .map((part) => {
      const text = escapeHtml(part.text);
      if (part.op === 'insert') return `<ins><span class="visually-hidden" lang="${ctx.locale}">${escapeHtml(ctx.w.addedWords)} </span>${text}</ins>`;
      if (part.op === 'delete') return `<del><span class="visually-hidden" lang="${ctx.locale}">${escapeHtml(ctx.w.removedWords)} </span>${text}</del>`;
      return text;
    })
    .join('');
}
