import type { FieldIssueCode } from '../../../core/platform/field-issues.js';
import type { SurveyMode } from '../../../core/engagement/survey-format.js';

/**
 * The respondent page's own words (buttons, the mode in plain words, errors), in English and
 * Spanish. A survey in another language (Arabic, Vietnamese...) is shown with its own texts and
 * this English chrome, marked lang="en", until these are translated.
 */
const en = {
  skip: 'Skip to the questions',
  language: 'Language',
  languageSwitchHelp: 'Your answers are kept when you change the language.',
  by: 'A survey by {organization}',
  modeTitleAnonymous: 'Anonymous',
  modeTitleConfidential: 'Confidential',
  modeTitleIdentified: 'Your name is shown',
  modeAnonymous: 'Nothing that could tell who you are is kept, not even your device’s address.',
  modeConfidential: 'Your name is kept so the team can follow up with you, but it is never shown beside your answers.',
  modeIdentified: 'Your name is shown with your answers to the planning team.',
  closesOn: 'Open until {date}.',
  keptOnDevice: 'Your answers are kept on this device until you send them.',
  pageOf: 'Page {page} of {pages}',
  required: 'required',
  requiredNote: 'Questions marked “required” need an answer.',
  start: 'Start',
  next: 'Next',
  back: 'Back',
  send: 'Send my answers',
  sending: 'Sending your answers…',
  offline: 'No connection right now. Your answers are safe on this device; trying again in {seconds} seconds.',
  retryNow: 'Try again now',
  serverBusy: 'The server could not take your answers just now. Trying again in {seconds} seconds.',
  chooseOne: 'Choose one.',
  chooseAny: 'Choose all that apply.',
  chooseUpTo: 'Choose up to {max}.',
  rankAll: 'Number the choices in order of importance: 1 for the most important.',
  rankTop: 'Number your top {max} in order of importance: 1 for the most important.',
  rankPosition: 'Place',
  rankNone: '—',
  moveUp: 'Move up',
  moveDown: 'Move down',
  numberBetween: 'A number from {min} to {max}.',
  numberAtLeast: 'A number of {min} or more.',
  numberAtMost: 'A number of {max} or less.',
  wholeNumber: 'A whole number.',
  maxLength: 'Up to {max} characters.',
  honeypot: 'Leave this field empty',
  errorsTitle: 'Some answers need another look',
  errorsIntro: 'Nothing was sent yet. Please check:',
  errorOnPage: 'Please answer the questions marked above before going on.',
  formProblem: 'Your answers could not be sent. Please try again.',
  tooMany: 'Many answers came from this connection in the last hour. Please try again later; your answers are kept on this page.',
  thanksTitle: 'Thank you',
  thanksDefault: 'Your answers were received.',
  kioskRestart: 'The survey will start again for the next person in a few seconds.',
  kioskStartNow: 'Start for the next person',
  kioskBadge: 'Survey station',
  previewBanner: 'Preview: answers are not sent',
  notFoundTitle: 'We cannot find this survey',
  closedTitle: 'This survey is closed',
  poweredBy: 'Survey made with Waymark',
  flyerCall: 'Have your say',
  flyerScan: 'Scan the code with your phone’s camera, or type this address:',
  flyerAnswerBy: 'Answer by {date}.',
  flyerFooter: 'Survey flyer',
  // A personal link mailed to one person (engagement/invitations).
  invitationNote: 'This link is yours: one response per invitation.',
} satisfies Record<string, string>;
type Messages = typeof en;

const es: Messages = {
  skip: 'Ir a las preguntas',
  language: 'Idioma',
  languageSwitchHelp: 'Sus respuestas se conservan al cambiar de idioma.',
  by: 'Una encuesta de {organization}',
  modeTitleAnonymous: 'Anónima',
  modeTitleConfidential: 'Confidencial',
  modeTitleIdentified: 'Se muestra su nombre',
  modeAnonymous: 'No se guarda nada que pueda decir quién es usted, ni siquiera la dirección de su dispositivo.',
  modeConfidential: 'Se guarda su nombre para que el equipo pueda comunicarse con usted, pero nunca se muestra junto a sus respuestas.',
  modeIdentified: 'El equipo de planificación verá su nombre junto a sus respuestas.',
  closesOn: 'Abierta hasta el {date}.',
  keptOnDevice: 'Sus respuestas se guardan en este dispositivo hasta que las envíe.',
  pageOf: 'Página {page} de {pages}',
  required: 'obligatoria',
  requiredNote: 'Las preguntas marcadas como «obligatoria» necesitan una respuesta.',
  start: 'Comenzar',
  next: 'Siguiente',
  back: 'Atrás',
  send: 'Enviar mis respuestas',
  sending: 'Enviando sus respuestas…',
  offline: 'No hay conexión en este momento. Sus respuestas están seguras en este dispositivo; lo intentaremos de nuevo en {seconds} segundos.',
  retryNow: 'Intentar ahora',
  serverBusy: 'El servidor no pudo recibir sus respuestas en este momento. Lo intentaremos de nuevo en {seconds} segundos.',
  chooseOne: 'Elija una opción.',
  chooseAny: 'Elija todas las que correspondan.',
  chooseUpTo: 'Elija hasta {max}.',
  rankAll: 'Numere las opciones por orden de importancia: 1 para la más importante.',
  rankTop: 'Numere las {max} más importantes por orden: 1 para la más importante.',
  rankPosition: 'Lugar',
  rankNone: '—',
  moveUp: 'Subir',
  moveDown: 'Bajar',
  numberBetween: 'Un número del {min} al {max}.',
  numberAtLeast: 'Un número igual o mayor que {min}.',
  numberAtMost: 'Un número igual o menor que {max}.',
  wholeNumber: 'Un número entero.',
  maxLength: 'Hasta {max} caracteres.',
  honeypot: 'Deje este campo vacío',
  errorsTitle: 'Algunas respuestas necesitan revisión',
  errorsIntro: 'Todavía no se envió nada. Revise, por favor:',
  errorOnPage: 'Responda las preguntas señaladas arriba antes de continuar.',
  formProblem: 'No se pudieron enviar sus respuestas. Inténtelo de nuevo.',
  tooMany: 'Llegaron muchas respuestas desde esta conexión en la última hora. Inténtelo más tarde; sus respuestas se conservan en esta página.',
  thanksTitle: 'Gracias',
  thanksDefault: 'Recibimos sus respuestas.',
  kioskRestart: 'La encuesta volverá a empezar para la siguiente persona en unos segundos.',
  kioskStartNow: 'Empezar para la siguiente persona',
  kioskBadge: 'Puesto de encuesta',
  previewBanner: 'Vista previa: las respuestas no se envían',
  notFoundTitle: 'No encontramos esta encuesta',
  closedTitle: 'Esta encuesta está cerrada',
  poweredBy: 'Encuesta hecha con Waymark',
  flyerCall: 'Queremos su opinión',
  flyerScan: 'Escanee el código con la cámara de su teléfono o escriba esta dirección:',
  flyerAnswerBy: 'Responda antes del {date}.',
  flyerFooter: 'Volante de la encuesta',
  invitationNote: 'Este enlace es suyo: una respuesta por invitación.',
};

export type ChromeLanguage = 'en' | 'es';
export type SurveyPageMessageKey = keyof Messages;
const dictionaries: Record<ChromeLanguage, Messages> = { en, es };

/** The language the page's own words are in for a survey language: Spanish for Spanish, else English for now. */
export function chromeLanguageOf(language: string): ChromeLanguage {
  return language.split('-')[0] === 'es' ? 'es' : 'en';
}

/** A message in the chrome language with its {placeholders} filled. */
export function pageMessage(language: ChromeLanguage, key: SurveyPageMessageKey, values: Record<string, string | number> = {}): string {
  return dictionaries[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

const modeKeys: Record<SurveyMode, { title: SurveyPageMessageKey; text: SurveyPageMessageKey }> = {
  anonymous: { title: 'modeTitleAnonymous', text: 'modeAnonymous' },
  confidential: { title: 'modeTitleConfidential', text: 'modeConfidential' },
  identified: { title: 'modeTitleIdentified', text: 'modeIdentified' },
};
export const modeMessageKeys = (mode: SurveyMode) => modeKeys[mode];

/** What is wrong with one answer, said to the respondent: the field issues check-answers and the form give. */
const problemWords: Record<ChromeLanguage, Partial<Record<FieldIssueCode, string>> & { fallback: string }> = {
  en: {
    required: 'Please answer this question.',
    invalid_choice: 'Choose one of the options shown.',
    invalid_type: 'This answer is not the kind the question asks for.',
    too_many: 'Choose at most {maximum}.',
    too_few: 'Choose at least {minimum}.',
    too_small: 'Give a number of {minimum} or more.',
    too_big: 'Give a number of {maximum} or less.',
    too_long: 'Use at most {maximum} characters.',
    duplicate: 'Use each number once.',
    invalid_format: 'Give a whole number.',
    unknown_field: 'This question is not part of the survey.',
    too_quick: 'That was quick! Please check your answers and send them again.',
    not_whole_number: 'Give a whole number.',
    not_asked: 'An earlier answer skips this question; leave it blank.',
    invalid_characters: 'This answer contains a character that cannot be saved; please retype it.',
    fallback: 'Please check this answer.',
  },
  es: {
    required: 'Responda esta pregunta, por favor.',
    invalid_choice: 'Elija una de las opciones que se muestran.',
    invalid_type: 'Esta respuesta no es del tipo que pide la pregunta.',
    too_many: 'Elija como máximo {maximum}.',
    too_few: 'Elija al menos {minimum}.',
    too_small: 'Escriba un número igual o mayor que {minimum}.',
    too_big: 'Escriba un número igual o menor que {maximum}.',
    too_long: 'Use como máximo {maximum} caracteres.',
    duplicate: 'Use cada número una sola vez.',
    invalid_format: 'Escriba un número entero.',
    unknown_field: 'Esta pregunta no es parte de la encuesta.',
    too_quick: '¡Qué rapidez! Revise sus respuestas y vuelva a enviarlas, por favor.',
    not_whole_number: 'Escriba un número entero.',
    not_asked: 'Una respuesta anterior omite esta pregunta; déjela en blanco.',
    invalid_characters: 'Esta respuesta contiene un carácter que no se puede guardar; vuelva a escribirla.',
    fallback: 'Revise esta respuesta, por favor.',
  },
};

export function problemMessage(language: ChromeLanguage, code: string | undefined, params: Record<string, string | number> = {}): string {
  const words = problemWords[language];
  const template = (code && words[code as FieldIssueCode]) || words.fallback;
  // A bound the check did not name reads as nothing rather than as "{maximum}".
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Every problem text a page's script may need to show, in one language: handed to it in the page. */
export function problemMessages(language: ChromeLanguage): Record<string, string> {
  return { ...problemWords[language] };
}

/** A language's own name, as its speakers write it: "English", "Español", "العربية". */
export function languageName(language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    return language;
  }
}
