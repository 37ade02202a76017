import type { Disposition } from '../public-comment/public-comment-tables.js';

/**
 * The packet's headings, labels and fixed phrases in each language it is read in. What people wrote
 * (comments, theme names, notes, the plan's texts) is printed as written. Spanish is typed against
 * English, so no word can be missing.
 */
const en = {
  language: 'en' as 'en' | 'es',
  locale: 'en-US',
  packet: 'Public comment packet',
  preparedOn: (date: string) => `Prepared on ${date}`,
  forMeeting: 'For the meeting that reviews the feedback on the draft',
  window: 'Public comment',
  windowDates: (from: string, to: string) => `${from} to ${to}`,
  draftVersion: 'Draft version',
  received: 'Comments received',
  awaiting: 'Awaiting moderation',
  accepted: 'Accepted by a moderator',
  hidden: 'Hidden by a moderator',
  unconfirmed: 'Address not confirmed',
  answered: 'Answered',
  noWindow: 'The plan has not been out for public comment yet.',
  privacyNote: (threshold: number) =>
    `Comments are printed without names or addresses. In the tables of who commented, a count of fewer than ${threshold} people is written as "hidden (fewer than ${threshold})", and "hidden" alone where a smaller one could be worked out from it.`,
  whoCommented: 'Who commented, against who the district serves',
  byRole: 'By role',
  bySchool: 'By school',
  group: 'Group',
  commenters: 'Comments',
  share: 'Share of comments',
  populationShare: 'Share of population',
  underRepresented: 'heard too little',
  notCompared: 'The district has not entered how many people it serves here: counts only.',
  hiddenSmall: (threshold: number) => `hidden (fewer than ${threshold})`,
  hiddenOnly: 'hidden',
  total: 'Total',
  byPart: 'Comments by part of the draft',
  wholeDraft: 'The whole draft',
  noComments: 'No comments.',
  passage: 'On the passage',
  theme: 'Theme',
  disposition: 'Disposition',
  notYet: 'not decided yet',
  note: 'Note',
  changed: 'Changed',
  awaitingModeration: 'awaiting moderation',
  themes: 'Themes of the comments',
  themeCount: (count: number) => (count === 1 ? '1 comment' : `${count} comments`),
  noThemes: 'The team has not grouped the comments into themes yet.',
  engagement: 'What the cycle’s engagement heard',
  engagementOfCycle: (cycle: string) => `Every survey, conversation and focus group of the planning cycle “${cycle}” (all of its phases).`,
  noCycle: 'No planning cycle names this plan, so there are no surveys or conversations to add.',
  dispositions: { accepted: 'Accepted', partly: 'Partly accepted', not_accepted: 'Not accepted', out_of_scope: 'Out of scope' } as Record<Disposition, string>,
  kinds: { plan: '', goal: 'Goal', measure: 'Measure', strategy: 'Strategy', action: 'Action' } as Record<string, string>,
  planTexts: { mission: 'Mission', vision: 'Vision', values: 'Values' } as Record<string, string>,
  page: 'Page',
  of: 'of',
};

export type PacketWords = typeof en;

const es: PacketWords = {
  language: 'es',
  locale: 'es-US',
  packet: 'Carpeta de la consulta pública',
  preparedOn: (date: string) => `Preparada el ${date}`,
  forMeeting: 'Para la reunión que revisa los comentarios sobre el borrador',
  window: 'Consulta pública',
  windowDates: (from: string, to: string) => `Del ${from} al ${to}`,
  draftVersion: 'Versión del borrador',
  received: 'Comentarios recibidos',
  awaiting: 'Pendientes de moderación',
  accepted: 'Aceptados por un moderador',
  hidden: 'Ocultados por un moderador',
  unconfirmed: 'Correo sin confirmar',
  answered: 'Respondidos',
  noWindow: 'El plan todavía no ha salido a consulta pública.',
  privacyNote: (threshold: number) =>
    `Los comentarios se imprimen sin nombres ni correos. En las tablas de quién comentó, un número de menos de ${threshold} personas se escribe «oculto (menos de ${threshold})», y solo «oculto» donde permitiría deducir uno menor.`,
  whoCommented: 'Quién comentó, frente a la población del distrito',
  byRole: 'Por rol',
  bySchool: 'Por escuela',
  group: 'Grupo',
  commenters: 'Comentarios',
  share: 'Parte de los comentarios',
  populationShare: 'Parte de la población',
  underRepresented: 'poco escuchado',
  notCompared: 'El distrito no ha indicado a cuántas personas atiende aquí: solo cifras.',
  hiddenSmall: (threshold: number) => `oculto (menos de ${threshold})`,
  hiddenOnly: 'oculto',
  total: 'Total',
  byPart: 'Comentarios por parte del borrador',
  wholeDraft: 'El borrador completo',
  noComments: 'Sin comentarios.',
  passage: 'Sobre el pasaje',
  theme: 'Tema',
  disposition: 'Decisión',
  notYet: 'sin decidir todavía',
  note: 'Nota',
  changed: 'Cambió',
  awaitingModeration: 'pendiente de moderación',
  themes: 'Temas de los comentarios',
  themeCount: (count: number) => (count === 1 ? '1 comentario' : `${count} comentarios`),
  noThemes: 'El equipo todavía no ha agrupado los comentarios en temas.',
  engagement: 'Lo que escuchó la participación del ciclo',
  engagementOfCycle: (cycle: string) => `Todas las encuestas, conversaciones y grupos focales del ciclo de planificación «${cycle}» (todas sus fases).`,
  noCycle: 'Ningún ciclo de planificación produce este plan, así que no hay encuestas ni conversaciones que añadir.',
  dispositions: { accepted: 'Aceptado', partly: 'Aceptado en parte', not_accepted: 'No aceptado', out_of_scope: 'Fuera de alcance' },
  kinds: { plan: '', goal: 'Meta', measure: 'Indicador', strategy: 'Estrategia', action: 'Acción' },
  planTexts: { mission: 'Misión', vision: 'Visión', values: 'Valores' },
  page: 'Página',
  of: 'de',
};

export function packetWordsFor(language: string): PacketWords {
  return language === 'es' ? es : en;
}

/** "25 de marzo de 2026" / "March 25, 2026" for a day written 2026-03-25. */
export function formatPacketDay(day: string, words: PacketWords): string {
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  return new Intl.DateTimeFormat(words.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
