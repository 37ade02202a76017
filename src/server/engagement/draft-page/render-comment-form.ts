import { commentModerationPolicy } from '../../../core/engagement/moderation/moderation-policy.js';
import { escapeHtml } from '../../documents/escape-html.js';
import { draftPaths, inLanguage } from './draft-page-frame.js';
import type { DraftWordKey } from './draft-page-messages.js';
import type { DraftRenderContext } from './draft-render-context.js';

/** The fields of the form, as posted and as drawn again after a refusal. */
export type CommentFields = Partial<Record<'element_key' | 'quote' | 'body' | 'name' | 'email' | 'role' | 'school_id', string>>;
export type FormField = keyof CommentFields;

export interface CommentFormInput {
  /** The part commented on (its key and how the page names it), or null for the whole draft. */
  target: { key: string; label: string; title: string } | null;
  verifyEmail: boolean;
  showComments: boolean;
  roles: readonly { key: string; label: string }[];
  schools: readonly { id: string; name: string }[];
  formToken: string;
  submissionId: string;
  fields?: CommentFields;
  /** What was wrong, by field, in the page's words. */
  problems?: ReadonlyMap<FormField, string>;
  /** A word above the button (sent too fast, too many, could not be sent). */
  notice?: DraftWordKey;
}

/** The moderation policy, read before writing: the same reasons and log as conversations. */
export function renderPolicy(ctx: DraftRenderContext): string {
  const policy = commentModerationPolicy();
  return `<details class="policy"><summary>${ctx.t('policyTitle')}</summary><p>${escapeHtml(policy.intro[ctx.locale])}</p><ul>${policy.reasons.map((reason) => `<li>${escapeHtml(reason.text[ctx.locale])}</li>`).join('')}</ul></details>`;
}

/**
 * The comment form: posts form-encoded to the page's own route without a script; the script
 * (draft-page-script.ts) moves it under the part chosen, fills the part and the passage, and sends
 * it as JSON to the public API instead. Each field's problem is said under its label and tied to
 * it by aria-describedby, as a screen reader expects.
 */
export function renderCommentForm(ctx: DraftRenderContext, input: CommentFormInput): string {
  const { t } = ctx;
  const fields = input.fields ?? {};
  const value = (name: FormField) => escapeHtml(fields[name] ?? '');
  const problem = (name: FormField) => input.problems?.get(name);
  const described = (name: FormField, hint?: string) => {
    const ids = [hint, problem(name) ? `${name}-problem` : ''].filter(Boolean).join(' ');
    return `${ids ? ` aria-describedby="${ids}"` : ''}${problem(name) ? ' aria-invalid="true"' : ''}`;
  };
  const problemLine = (name: FormField) => (problem(name) ? `<p class="problem" id="${name}-problem">${escapeHtml(problem(name)!)}</p>` : '');
  const target = input.target;
  // A passage belongs to a part: for the whole draft the field waits hidden (the page's script shows it under a part).
  const showQuote = target !== null;
  const targetLine = `<div class="target-of" id="target-of"><p>${t('commentingOn')} <strong id="target-label">${target ? `${escapeHtml(target.label)}${target.title ? `: <span lang="en">${escapeHtml(target.title)}</span>` : ''}` : t('wholeDraft')}</strong></p></div>`;
  const options = (list: readonly { value: string; label: string }[], chosen: string | undefined) =>
    [`<option value="">${t('noAnswer')}</option>`, ...list.map((o) => `<option value="${escapeHtml(o.value)}"${o.value === chosen ? ' selected' : ''}>${escapeHtml(o.label)}</option>`)].join('');
  const anyProblem = input.problems && input.problems.size > 0;
  return `<section class="form-card" id="comment-form" aria-labelledby="form-title" tabindex="-1">
<h2 id="form-title">${t('formTitle')}</h2>
${targetLine}
<p class="by">${t(input.showComments ? 'commentsPublic' : 'commentsPrivate')}</p>
${renderPolicy(ctx)}
<form method="post" action="${escapeHtml(inLanguage(draftPaths.post(ctx.slug), ctx.locale))}" novalidate id="comment">
${anyProblem ? `<p class="message warn" id="form-problems" role="alert">${t('fieldProblems')}</p>` : ''}
<input type="hidden" name="element_key" id="element-key" value="${escapeHtml(target?.key ?? '')}">
<input type="hidden" name="form_token" value="${escapeHtml(input.formToken)}">
<input type="hidden" name="submission_id" id="submission-id" value="${escapeHtml(input.submissionId)}">
<div class="trap" aria-hidden="true"><label for="website">${t('honeypot')}</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
<div id="quote-field"${showQuote ? '' : ' hidden'}>
<label for="quote">${t('quoteLabel')}</label><span class="hint" id="quote-hint">${t('quoteHint')}</span>${problemLine('quote')}
<textarea id="quote" name="quote" class="quote" maxlength="1000" lang="en"${described('quote', 'quote-hint')}>${value('quote')}</textarea>
</div>
<label for="body">${t('bodyLabel')}</label>${problemLine('body')}
<textarea id="body" name="body" maxlength="5000" required${described('body')}>${value('body')}</textarea>
<label for="name">${t('nameLabel')}</label>${problemLine('name')}
<input type="text" id="name" name="name" maxlength="120" autocomplete="name" value="${value('name')}"${described('name')}>
<label for="email">${t(input.verifyEmail ? 'emailRequiredLabel' : 'emailLabel')}</label><span class="hint" id="email-hint">${t(input.verifyEmail ? 'verifyHint' : 'emailHint')}</span>${problemLine('email')}
<input type="email" id="email" name="email" maxlength="254" autocomplete="email" inputmode="email" value="${value('email')}"${input.verifyEmail ? ' required' : ''}${described('email', 'email-hint')}>
<p class="hint" id="about-hint">${t('aboutYouHint')}</p>
${input.roles.length ? `<label for="role">${t('roleLabel')}</label>${problemLine('role')}<select id="role" name="role"${described('role', 'about-hint')}>${options(input.roles.map((r) => ({ value: r.key, label: r.label })), fields.role)}</select>` : ''}
${input.schools.length ? `<label for="school">${t('schoolLabel')}</label>${problemLine('school_id')}<select id="school" name="school_id"${described('school_id', 'about-hint')}>${options(input.schools.map((s) => ({ value: s.id, label: s.name })), fields.school_id)}</select>` : ''}
<p class="message${input.notice ? ' warn' : ''}" id="form-message" role="status" aria-live="polite">${input.notice ? t(input.notice) : ''}</p>
<div class="actions"><button type="submit" id="send">${t('send')}</button></div>
</form>
</section>`;
}
