import { textIn } from '../../../core/engagement/likert-scales.js';
import type { SurveyDocument, SurveyMode } from '../../../core/engagement/survey-format.js';
import { chromeLanguageOf, type ChromeLanguage } from '../respondent/survey-page-messages.js';

/**
 * The invitation and the reminder as mailed: in the survey language chosen (the survey's own
 * texts in it; the mail's words in English or Spanish, English for other languages until
 * translated), the mode in plain words, the personal link, the closing date, and the way out.
 */
const words = {
  en: {
    subject: (organization: string, title: string) => `${organization}: ${title}`,
    reminderSubject: (organization: string, title: string) => `Reminder from ${organization}: ${title}`,
    hello: (name: string) => (name ? `Hello ${name},` : 'Hello,'),
    invite: (organization: string, title: string) => `${organization} invites you to answer a survey: “${title}”.`,
    remind: (organization: string, title: string) => `${organization} would still like to hear from you in the survey “${title}”. If you have answered in the meantime, thank you, and please ignore this message.`,
    mode: {
      anonymous: 'Your answers are anonymous: the district learns only that this invitation was used, never which answers are yours.',
      confidential: 'Your answers are confidential: your name is kept so the team can follow up with you, but it is never shown beside your answers.',
      identified: 'Your name will be shown with your answers to the planning team.',
    } satisfies Record<SurveyMode, string>,
    link: 'Your personal link (it takes one response, so please do not pass it on):',
    closes: (date: string) => `The survey is open until ${date}.`,
    optOut: (organization: string) => `If you would rather not get survey invitations from ${organization}, follow this link; no survey invitation or reminder will be sent to this address again:`,
  },
  es: {
    subject: (organization: string, title: string) => `${organization}: ${title}`,
    reminderSubject: (organization: string, title: string) => `Recordatorio de ${organization}: ${title}`,
    hello: (name: string) => (name ? `Hola, ${name}:` : 'Hola:'),
    invite: (organization: string, title: string) => `${organization} le invita a responder una encuesta: «${title}».`,
    remind: (organization: string, title: string) => `${organization} aún quisiera conocer su opinión en la encuesta «${title}». Si ya respondió, muchas gracias; no haga caso de este mensaje.`,
    mode: {
      anonymous: 'Sus respuestas son anónimas: el distrito solo sabe que esta invitación se usó, nunca cuáles son sus respuestas.',
      confidential: 'Sus respuestas son confidenciales: se guarda su nombre para que el equipo pueda contactarle, pero nunca se muestra junto a sus respuestas.',
      identified: 'Su nombre se mostrará con sus respuestas al equipo de planificación.',
    } satisfies Record<SurveyMode, string>,
    link: 'Su enlace personal (admite una sola respuesta; por favor, no lo reenvíe):',
    closes: (date: string) => `La encuesta está abierta hasta el ${date}.`,
    optOut: (organization: string) => `Si prefiere no recibir invitaciones a encuestas de ${organization}, siga este enlace; no se enviará a esta dirección ninguna otra invitación ni recordatorio de encuestas:`,
  },
} satisfies Record<ChromeLanguage, unknown>;

export interface InvitationMailInput {
  kind: 'invitation' | 'reminder';
  /** One of the survey's languages. */
  language: string;
  document: SurveyDocument;
  organizationName: string;
  recipientName: string;
  link: string;
  optOutLink: string;
  closesAt: Date | null;
}

/** The mail's language for its own words and for the opt-out page it links to. */
export const mailChromeOf = (language: string): ChromeLanguage => chromeLanguageOf(language);

export function invitationMail(input: InvitationMailInput): { subject: string; text: string } {
  const chrome = mailChromeOf(input.language);
  const say = words[chrome];
  const title = textIn(input.document.title, input.language, input.document.languages);
  const organization = input.organizationName;
  const date = input.closesAt && new Intl.DateTimeFormat(chrome === 'es' ? 'es' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(input.closesAt);
  const paragraphs = [
    say.hello(input.recipientName),
    input.kind === 'invitation' ? say.invite(organization, title) : say.remind(organization, title),
    say.mode[input.document.mode],
    `${say.link}\n${input.link}`,
    date ? say.closes(date) : null,
    `${say.optOut(organization)}\n${input.optOutLink}`,
  ];
  return {
    subject: input.kind === 'invitation' ? say.subject(organization, title) : say.reminderSubject(organization, title),
    text: `${paragraphs.filter(Boolean).join('\n\n')}\n`,
  };
}
