import { commentTargets, type CommentTarget } from '../../../core/engagement/public-comment/comment-targets.js';
import { refusalWords } from '../../../core/engagement/public-comment/comment-window.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import { escapeHtml } from '../../documents/escape-html.js';
import { longDate } from '../respondent/page-frame.js';
import { draftPageFrame, draftPaths, inLanguage } from './draft-page-frame.js';
import { draftWord, type DraftWordKey } from './draft-page-messages.js';
import type { DraftRenderContext } from './draft-render-context.js';
import { renderCommentForm, type CommentFormInput } from './render-comment-form.js';
import { renderComparison } from './render-comparison.js';
import { renderComments, renderDraftPlan } from './render-draft-plan.js';
import type { DraftPage } from './read-draft-page.js';

/** What the server adds to the read draft for one reader: their language, a fresh form token and submission id. */
export interface DraftPageRequest {
  locale: Locale;
  formToken: string;
  submissionId: string;
  scriptPath: string;
}

/** The words the page's script says, in the reader's language. */
const scriptWordKeys = ['sending', 'offline', 'serverBusy', 'tooQuick', 'tooMany', 'formProblem', 'fieldProblems', 'wholeDraft', 'problem.body.required', 'problem.body.too_long', 'problem.email.required', 'problem.email.invalid', 'problem.quote.invalid', 'problem.name.invalid', 'problem.role.invalid', 'problem.school_id.invalid', 'problem.element_key.invalid', 'problem.other'] as const satisfies readonly DraftWordKey[];

export function draftRenderContext(page: DraftPage, locale: Locale): DraftRenderContext {
  const word = (key: DraftWordKey, values?: Record<string, string | number>) => draftWord(locale, key, values);
  const roles = new Map(page.roles.map((role) => [role.key, role.label]));
  return {
    locale,
    word,
    t: (key, values) => escapeHtml(word(key, values)),
    slug: page.district.slug,
    canComment: page.state === 'open',
    text: page.text,
    comments: page.comments,
    roleLabel: (key) => roles.get(key) ?? key,
    threshold: page.threshold,
    groups: page.groups,
  };
}

const date = (day: string, locale: Locale) => longDate(new Date(`${day}T00:00:00Z`), locale);

/** The window's dates and state in plain words; once closed, where to read what came of the comments. */
function windowLine(page: DraftPage, ctx: DraftRenderContext): string {
  const { window } = page;
  if (page.state === 'open') return `<p class="status-line">${ctx.t('openFromTo', { opens: date(window.opens_on, ctx.locale), closes: date(window.closes_on, ctx.locale) })}</p>`;
  const words = refusalWords(page.state, { draftVersion: window.draft_version, opensOn: date(window.opens_on, ctx.locale), closesOn: date(page.closedOn ?? window.closes_on, ctx.locale) }, ctx.locale);
  const heard = page.state === 'moved_on' && page.plan.lifecycle === 'adopted' ? `<p><a href="${escapeHtml(inLanguage(draftPaths.heard(page.district.slug, page.plan.id), ctx.locale))}">${ctx.t('heardLink')}</a></p>` : '';
  return `<div class="closed" role="status"><p><strong>${ctx.t('closedTitle')}</strong></p><p>${escapeHtml(words)}</p>${heard}</div>`;
}

/** How a part of the draft is named on the page: "Strategy G1.S1", "Mission". */
export function targetLabel(target: CommentTarget, ctx: DraftRenderContext): string {
  if (target.kind === 'plan') return ctx.word(target.key as 'mission' | 'vision' | 'values');
  return `${ctx.word(target.kind)} ${target.key}`;
}

function formInput(page: DraftPage, request: DraftPageRequest, overrides: Partial<CommentFormInput>): CommentFormInput {
  return {
    target: null,
    verifyEmail: page.window.verify_email,
    showComments: page.window.show_comments,
    roles: page.roles,
    schools: page.schools,
    formToken: request.formToken,
    submissionId: request.submissionId,
    ...overrides,
  };
}

/**
 * /p/<slug>/draft: the draft out for comment, its dates, a link to the plan in effect, an
 * amendment's comparison with it, each part with its "comment on this" link and (when the district
 * shows them) its accepted comments, then the form for the whole draft. Closed, it says so plainly
 * and has no form.
 */
export function renderDraftPage(page: DraftPage, request: DraftPageRequest): string {
  const { locale } = request;
  const ctx = draftRenderContext(page, locale);
  const { t } = ctx;
  const slug = page.district.slug;
  const title = page.text('plan', '', 'title', page.draft.plan.title);
  const heading = t(page.adopted ? 'amendmentTitle' : 'draftTitle');
  const adoptedLink = page.adopted ? `<p><a href="${escapeHtml(inLanguage(draftPaths.adopted(slug), locale))}">${t('adoptedLink')}</a></p>` : '';
  const intro = ctx.canComment
    ? `<p>${t('howTo')}</p><p><a class="comment-link" data-element="" href="${escapeHtml(inLanguage(draftPaths.comment(slug, null), locale))}#comment-form">${t('commentOnWhole')}</a></p>`
    : '';
  const scriptData = { api: draftPaths.api(slug), lang: locale, words: Object.fromEntries(scriptWordKeys.map((key) => [key, ctx.word(key)])) };
  const form = ctx.canComment ? renderCommentForm(ctx, formInput(page, request, {})) : '';
  const passageBar = ctx.canComment ? `<div id="passage-bar" hidden><button type="button" id="passage-button">${t('commentOnPassage')}</button></div>` : '';
  const wholeComments = renderComments(ctx, '');
  const body = `<div id="draft" data-draft="${escapeHtml(JSON.stringify(scriptData))}">
<h1>${heading}</h1>
<p class="subtitle"${title.language === locale ? '' : ` lang="${title.language}"`}>${escapeHtml(title.text)}</p>
${windowLine(page, ctx)}
${adoptedLink}
${locale === 'en' ? '' : `<p class="notice">${t('englishNotice')}</p>`}
${intro}
${page.adopted ? renderComparison(page.adopted, page.draft, ctx, page.hiddenKeys) : ''}
${renderDraftPlan(page.draft, ctx, page.hiddenKeys)}
${wholeComments ? `<section class="card draft-part"><h2>${t('wholeDraft')}</h2>${wholeComments}</section>` : ''}
${form}
<p class="privacy">${t('privacy', { threshold: page.threshold })}</p>
${passageBar}
</div>`;
  return draftPageFrame({ locale, title: `${draftWord(locale, page.adopted ? 'amendmentTitle' : 'draftTitle')} · ${page.district.name}`, districtName: page.district.name, path: draftPaths.draft(slug), body, scriptPath: ctx.canComment ? request.scriptPath : undefined });
}

/**
 * /p/<slug>/draft/comment?element=<key>: the form without a script, for one part (its texts shown
 * to copy a passage from) or for the whole draft; drawn again with each problem under its field
 * when a post was refused. Closed, it says so and has no form.
 */
export function renderCommentPage(page: DraftPage, request: DraftPageRequest, options: { elementKey: string | null; form?: Partial<CommentFormInput> }): string {
  const { locale } = request;
  const ctx = draftRenderContext(page, locale);
  const { t } = ctx;
  const slug = page.district.slug;
  const target = options.elementKey ? (commentTargets(page.draft).find((candidate) => candidate.key === options.elementKey && !page.hiddenKeys.has(candidate.key)) ?? null) : null;
  const unknown = options.elementKey !== null && target === null ? `<p class="notice">${t('elementUnknown')}</p>` : '';
  const back = `<p><a href="${escapeHtml(inLanguage(draftPaths.draft(slug), locale))}${target ? `#part-${escapeHtml(target.key)}` : ''}">← ${t('backToDraft')}</a></p>`;
  const part = target
    ? `<section class="card draft-part"><h2>${escapeHtml(targetLabel(target, ctx))}</h2>${target.texts.map((text) => `<p class="quotable" lang="en">${escapeHtml(text)}</p>`).join('')}</section>`
    : '';
  const form = ctx.canComment
    ? renderCommentForm(ctx, formInput(page, request, { target: target ? { key: target.key, label: targetLabel(target, ctx), title: target.kind === 'plan' ? '' : target.title } : null, ...options.form }))
    : windowLine(page, ctx);
  const body = `${back}<h1>${t(target ? 'commentOn' : 'commentOnWhole')}</h1>${unknown}${part}${form}`;
  const path = draftPaths.comment(slug, target?.key ?? null);
  return draftPageFrame({ locale, title: `${draftWord(locale, 'formTitle')} · ${page.district.name}`, districtName: page.district.name, path, body });
}

/** The thanks after a comment sent without a script, in the words the API answers with. */
export function renderThanksPage(options: { locale: Locale; districtName: string; slug: string; message: string }): string {
  const say = (key: DraftWordKey) => escapeHtml(draftWord(options.locale, key));
  const body = `<h1>${say('thanksTitle')}</h1><p class="message" role="status">${escapeHtml(options.message)}</p>
<p><a href="${escapeHtml(inLanguage(draftPaths.draft(options.slug), options.locale))}">${say('backToDraft')}</a></p>`;
  return draftPageFrame({ locale: options.locale, title: `${draftWord(options.locale, 'thanksTitle')} · ${options.districtName}`, districtName: options.districtName, path: draftPaths.thanks(options.slug), body });
}

/** The mailed link's landing: confirmed, or plainly not (used, mistyped). */
export function renderConfirmPage(options: { locale: Locale; slug: string | null; isConfirmed: boolean }): string {
  const say = (key: DraftWordKey) => escapeHtml(draftWord(options.locale, key));
  const [title, text] = options.isConfirmed ? (['confirmTitle', 'confirmText'] as const) : (['confirmBadTitle', 'confirmBadText'] as const);
  const back = options.slug ? `<p><a href="${escapeHtml(inLanguage(draftPaths.draft(options.slug), options.locale))}">${say('backToDraft')}</a></p>` : '';
  // The language links lead to the draft: the link's token works once, so the confirmation is not drawn twice.
  const path = options.slug ? draftPaths.draft(options.slug) : '/';
  return draftPageFrame({ locale: options.locale, title: draftWord(options.locale, title), districtName: '', path, body: `<h1>${say(title)}</h1><p>${say(text)}</p>${back}` });
}

/** 404: the district has never put a plan out for comment (or there is no such district). */
export function renderMissingDraftPage(options: { locale: Locale; slug: string }): string {
  const say = (key: DraftWordKey) => escapeHtml(draftWord(options.locale, key));
  return draftPageFrame({ locale: options.locale, title: draftWord(options.locale, 'notFoundTitle'), districtName: '', path: draftPaths.draft(options.slug), body: `<h1>${say('notFoundTitle')}</h1><p>${say('notFoundText')}</p>` });
}
