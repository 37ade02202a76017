import { createHash } from 'node:crypto';
import type { Locale } from '../../../core/i18n/format-message.js';
import { escapeHtml } from '../../documents/escape-html.js';
import { pageFrame } from '../respondent/page-frame.js';

/**
 * The opt-out page (/s/opt-out): one button, in English or Spanish, that works without a script.
 * The mail's link carries the token in its query (?i=): the page holds it in a hidden field, and
 * its tiny script takes it out of the address bar. Links mailed before carried it in the fragment
 * (#i=), which never reaches the server: the script puts it in the form's field (and hides the
 * field); without a script the person can paste it there themselves, as the field's hint says.
 */
const words = {
  en: {
    title: 'Stop survey invitations',
    intro: 'If you would rather not be invited to surveys by this school district, confirm below. No survey invitation or reminder will be sent to your email address by the district again.',
    stillOpen: 'A survey you were already invited to stays open to you if you change your mind.',
    tokenLabel: 'Invitation code',
    tokenHint: 'It comes from the link in your email. If this box is empty, copy the part of the link after “i=” into it.',
    tokenMissing: 'Enter the invitation code from the link in your email.',
    button: 'Stop survey invitations',
    doneTitle: 'Done: no more survey invitations',
    done: (organization: string, email: string) => `${organization} will not send a survey invitation or reminder to ${email} again.`,
    unknownTitle: 'We cannot find this invitation',
  },
  es: {
    title: 'Dejar de recibir invitaciones a encuestas',
    intro: 'Si prefiere que este distrito escolar no le invite a encuestas, confírmelo abajo. El distrito no volverá a enviar invitaciones ni recordatorios de encuestas a su correo electrónico.',
    stillOpen: 'Una encuesta a la que ya fue invitado sigue abierta para usted si cambia de opinión.',
    tokenLabel: 'Código de invitación',
    tokenHint: 'Viene del enlace de su correo. Si este campo está vacío, copie en él la parte del enlace que va después de «i=».',
    tokenMissing: 'Escriba el código de invitación del enlace de su correo.',
    button: 'No quiero más invitaciones',
    doneTitle: 'Listo: no recibirá más invitaciones a encuestas',
    done: (organization: string, email: string) => `${organization} no volverá a enviar invitaciones ni recordatorios de encuestas a ${email}.`,
    unknownTitle: 'No encontramos esta invitación',
  },
} satisfies Record<Locale, unknown>;

/** Takes the token out of the address bar: from the query (already in the form), or from "#i=<token>" into the form's field. */
export const optOutScriptSource = `(function(){"use strict";
var q=location.search.replace(/([?&])i=[^&]*&?/,"$1").replace(/[?&]$/,"");
if(q!==location.search)history.replaceState(null,"",location.pathname+q);
var m=/(?:^#|&)i=([^&]+)/.exec(location.hash),f=document.getElementById("invitation_token");
if(!m||!f)return;
try{f.value=decodeURIComponent(m[1])}catch(e){f.value=m[1]}
var w=document.getElementById("token-field");if(w)w.hidden=true;
history.replaceState(null,"",location.pathname+location.search);
})();
`;
export const optOutScriptPath = `/s-assets/opt-out.${createHash('sha256').update(optOutScriptSource).digest('hex').slice(0, 12)}.js`;

/**
 * The page with its one button. `fromLink`: the token of the mail's link (?i=), held in a hidden
 * field, so the person sees no box to fill; `token`: what was typed, shown again after a refusal.
 */
export function renderOptOutPage(options: { language: Locale; problem?: string; token?: string; fromLink?: string }): string {
  const say = words[options.language];
  const problem = options.problem ? `<div class="summary" role="alert"><p>${escapeHtml(options.problem)}</p></div>` : '';
  const field = options.fromLink
    ? `<input type="hidden" id="invitation_token" name="invitation_token" value="${escapeHtml(options.fromLink)}">`
    : `<div class="question" id="token-field"><label for="invitation_token">${escapeHtml(say.tokenLabel)}</label>
<p class="help" id="token-hint">${escapeHtml(say.tokenHint)}</p>
<input type="text" id="invitation_token" name="invitation_token" autocomplete="off" spellcheck="false" aria-describedby="token-hint" value="${escapeHtml(options.token ?? '')}"></div>`;
  const body = `${problem}<h1>${escapeHtml(say.title)}</h1>
<p>${escapeHtml(say.intro)}</p>
<p class="note">${escapeHtml(say.stillOpen)}</p>
<form method="post" action="/s/opt-out?lang=${options.language}">
${field}
<div class="actions"><button type="submit" class="primary">${escapeHtml(say.button)}</button></div>
</form>`;
  return pageFrame({ language: options.language, title: say.title, organizationName: '', body, scriptPath: optOutScriptPath });
}

export function renderOptedOutPage(options: { language: Locale; organizationName: string; email: string }): string {
  const say = words[options.language];
  const body = `<section class="thanks" aria-labelledby="done-title"><h1 id="done-title">${escapeHtml(say.doneTitle)}</h1><p>${escapeHtml(say.done(options.organizationName, options.email))}</p></section>`;
  return pageFrame({ language: options.language, title: say.doneTitle, organizationName: options.organizationName, body });
}

export const optOutWords = (language: Locale) => words[language];
