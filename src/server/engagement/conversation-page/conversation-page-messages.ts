import type { Locale } from '../../../core/i18n/format-message.js';

/**
 * The participant page's own words, in English and Spanish (the languages the conversation API
 * speaks too). A conversation in another language shows its prompt and ideas in that language and
 * these words in English, marked lang="en" by the page.
 */
const en = {
  skip: 'Skip to the conversation',
  poweredBy: 'Conversation made with Waymark',
  by: 'A conversation by {organization}',
  modeTitle: 'Anonymous',
  modeText: 'Nothing that tells who you are is kept; your device keeps a random id, so each of your responses counts once.',
  howVote: 'Read the ideas one at a time and say whether you agree, disagree or pass. Add your own ideas for others to respond to.',
  howRate: 'Read the ideas one at a time and rate each one from 1 to 5 stars. Add your own ideas for others to rate.',
  closesOn: 'Open until {date}.',
  language: 'Language',
  preModeration: 'A moderator reads each new idea before it is shown.',
  policyTitle: 'How ideas are moderated',
  joinTitle: 'Before you start',
  joinIntro: 'Your answers help the district see who took part. They are never shown with your ideas.',
  start: 'Start',
  statementTitle: 'An idea to respond to',
  seedLabel: 'Seed statement by the team',
  translationLabel: 'Translation by the team. Original:',
  replyLabel: 'The district replied:',
  whatWeDid: 'What we did:',
  agree: 'Agree',
  disagree: 'Disagree',
  pass: 'Pass',
  ratingLegend: 'Your rating',
  starOne: '1 star',
  stars: '{count} stars',
  rate: 'Send rating',
  answered: 'Ideas you have responded to: {count}',
  doneTitle: 'You have responded to every idea for now',
  doneText: 'Thank you. Others are still adding ideas: come back later to respond to new ones, or add your own below.',
  ideaTitle: 'Add your own idea',
  ideaLabel: 'Your idea: one idea, up to {max} characters',
  charsLeft: 'Characters left: {count}',
  postIdea: 'Post idea',
  similarTitle: 'These ideas seem to say the same',
  similarIntro: 'You can respond to one of them instead, or post yours anyway.',
  respondInstead: 'Respond to this one instead',
  postAnyway: 'Post mine anyway',
  postedAccepted: 'Thank you: your idea is posted, and others can now respond to it.',
  postedPending: 'Thank you: your idea will appear once a moderator has read it.',
  sending: 'Sending…',
  loading: 'Loading the next idea…',
  offline: 'No connection right now. Trying again in {seconds} seconds.',
  serverBusy: 'The server could not take this just now. Trying again in {seconds} seconds.',
  retryNow: 'Try again now',
  tooMany: 'Many responses came from this connection in the last hour. Please try again later.',
  tooQuick: 'One moment, please: send again in a few seconds.',
  emptyIdea: 'Write your idea first.',
  formProblem: 'This could not be sent; please check it and try again.',
  startAgain: 'Your place in this conversation was lost; please start again.',
  notFoundTitle: 'Conversation not found',
  closedTitle: 'This conversation has closed',
  honeypot: 'Leave this field empty',
} as const;

export type ConversationPageKey = keyof typeof en;

const es: Record<ConversationPageKey, string> = {
  skip: 'Ir a la conversación',
  poweredBy: 'Conversación hecha con Waymark',
  by: 'Una conversación de {organization}',
  modeTitle: 'Anónima',
  modeText: 'No se guarda nada que diga quién es usted; su dispositivo guarda un identificador al azar, para que cada una de sus respuestas cuente una sola vez.',
  howVote: 'Lea las ideas de una en una y diga si está de acuerdo, en desacuerdo o si pasa. Añada sus propias ideas para que otras personas respondan.',
  howRate: 'Lea las ideas de una en una y valore cada una de 1 a 5 estrellas. Añada sus propias ideas para que otras personas las valoren.',
  closesOn: 'Abierta hasta el {date}.',
  language: 'Idioma',
  preModeration: 'Un moderador lee cada idea nueva antes de mostrarla.',
  policyTitle: 'Cómo se moderan las ideas',
  joinTitle: 'Antes de empezar',
  joinIntro: 'Sus respuestas ayudan al distrito a ver quién participó. Nunca se muestran con sus ideas.',
  start: 'Empezar',
  statementTitle: 'Una idea para responder',
  seedLabel: 'Idea inicial del equipo',
  translationLabel: 'Traducción del equipo. Original:',
  replyLabel: 'El distrito respondió:',
  whatWeDid: 'Lo que hicimos:',
  agree: 'De acuerdo',
  disagree: 'En desacuerdo',
  pass: 'Paso',
  ratingLegend: 'Su valoración',
  starOne: '1 estrella',
  stars: '{count} estrellas',
  rate: 'Enviar valoración',
  answered: 'Ideas a las que ha respondido: {count}',
  doneTitle: 'Ha respondido a todas las ideas por ahora',
  doneText: 'Gracias. Otras personas siguen añadiendo ideas: vuelva más tarde para responder a las nuevas, o añada la suya abajo.',
  ideaTitle: 'Añada su propia idea',
  ideaLabel: 'Su idea: una sola idea, de hasta {max} caracteres',
  charsLeft: 'Caracteres restantes: {count}',
  postIdea: 'Publicar idea',
  similarTitle: 'Estas ideas parecen decir lo mismo',
  similarIntro: 'Puede responder a una de ellas en su lugar, o publicar la suya de todos modos.',
  respondInstead: 'Responder a esta en su lugar',
  postAnyway: 'Publicar la mía de todos modos',
  postedAccepted: 'Gracias: su idea está publicada y otras personas ya pueden responder.',
  postedPending: 'Gracias: su idea aparecerá cuando un moderador la haya leído.',
  sending: 'Enviando…',
  loading: 'Cargando la siguiente idea…',
  offline: 'No hay conexión en este momento. Lo intentaremos de nuevo en {seconds} segundos.',
  serverBusy: 'El servidor no pudo recibir esto en este momento. Lo intentaremos de nuevo en {seconds} segundos.',
  retryNow: 'Intentar ahora',
  tooMany: 'Llegaron muchas respuestas desde esta conexión en la última hora. Inténtelo más tarde.',
  tooQuick: 'Un momento, por favor: vuelva a enviar en unos segundos.',
  emptyIdea: 'Escriba primero su idea.',
  formProblem: 'No se pudo enviar; revíselo e inténtelo de nuevo.',
  startAgain: 'Se perdió su lugar en esta conversación; empiece de nuevo, por favor.',
  notFoundTitle: 'Conversación no encontrada',
  closedTitle: 'Esta conversación se ha cerrado',
  honeypot: 'Deje este campo vacío',
};

const words: Record<Locale, Record<ConversationPageKey, string>> = { en, es };

/** The page's words language for a conversation language: Spanish for any Spanish, else English. */
export function pageLocaleOf(language: string): Locale {
  return language.toLowerCase().split('-')[0] === 'es' ? 'es' : 'en';
}

/** One of the page's words with its {placeholders} filled. */
export function pageWord(locale: Locale, key: ConversationPageKey, values: Record<string, string | number> = {}): string {
  return words[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => (values[name] === undefined ? `{${name}}` : String(values[name])));
}
