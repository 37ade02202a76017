/**
 * The public results page's own words (/c/<code>/results), in English and Spanish. They are part of
 * the conversation page's words (conversation-page-words.ts, keys "results.<key>"), so a district
 * translates them with the rest, once, into any further language.
 */
export const resultsPageWordsEn = {
  resultsOf: 'Results of a conversation by {organization}',
  participationTitle: 'Who took part',
  participants: 'People who took part',
  fewParticipants: 'Fewer than {threshold} people',
  ideas: 'Ideas shared',
  votes: 'Votes',
  ratings: 'Ratings',
  topIdeasTitle: 'Ideas rated highest',
  topIdeasIntro: 'Ranked so that an idea rated by many counts for more than one rated by a few. Only ideas rated by at least {threshold} people are listed.',
  noTopIdeas: 'No idea has been rated by enough people yet.',
  averageOf: 'Average {mean} of 5 stars, from {count} ratings',
  consensusTitle: 'Where most people agree',
  consensusIntro: 'Statements most people responded to the same way, whatever their opinion group.',
  agreedBy: '{percent}% agreed',
  disagreedBy: '{percent}% disagreed',
  bridgingTitle: 'Ideas that bring groups together',
  bridgingIntro: 'Statements every opinion group tends to agree with.',
  groupsTitle: 'Opinion groups',
  groupsIntro: 'People who voted alike are grouped together. Each group is shown with the statements that set it apart.',
  groupTitle: 'Group {letter}: {count} people',
  inSmallGroups: 'People in groups too small to show separately: {count}',
  inSmallGroupsHidden: 'Some people are in groups too small to show separately.',
  noneYet: 'Nothing to show here yet.',
  notPublishedTitle: 'Results not found',
  notPublished: 'The results of this conversation are not published. Check the link, or ask whoever sent it.',
} as const;

export type ResultsPageKey = keyof typeof resultsPageWordsEn;

export const resultsPageWordsEs: Record<ResultsPageKey, string> = {
  resultsOf: 'Resultados de una conversación de {organization}',
  participationTitle: 'Quién participó',
  participants: 'Personas que participaron',
  fewParticipants: 'Menos de {threshold} personas',
  ideas: 'Ideas compartidas',
  votes: 'Votos',
  ratings: 'Valoraciones',
  topIdeasTitle: 'Ideas mejor valoradas',
  topIdeasIntro: 'Ordenadas de modo que una idea valorada por muchas personas cuente más que una valorada por pocas. Solo se muestran ideas valoradas por al menos {threshold} personas.',
  noTopIdeas: 'Todavía ninguna idea ha sido valorada por suficientes personas.',
  averageOf: 'Promedio de {mean} de 5 estrellas, con {count} valoraciones',
  consensusTitle: 'En qué está de acuerdo la mayoría',
  consensusIntro: 'Afirmaciones a las que la mayoría respondió igual, sea cual sea su grupo de opinión.',
  agreedBy: '{percent}% de acuerdo',
  disagreedBy: '{percent}% en desacuerdo',
  bridgingTitle: 'Ideas que unen a los grupos',
  bridgingIntro: 'Afirmaciones con las que todos los grupos de opinión tienden a estar de acuerdo.',
  groupsTitle: 'Grupos de opinión',
  groupsIntro: 'Las personas que votaron de forma parecida forman un grupo. Cada grupo se muestra con las afirmaciones que lo distinguen.',
  groupTitle: 'Grupo {letter}: {count} personas',
  inSmallGroups: 'Personas en grupos demasiado pequeños para mostrarlos por separado: {count}',
  inSmallGroupsHidden: 'Algunas personas están en grupos demasiado pequeños para mostrarlos por separado.',
  noneYet: 'Todavía no hay nada que mostrar aquí.',
  notPublishedTitle: 'Resultados no encontrados',
  notPublished: 'Los resultados de esta conversación no están publicados. Revise el enlace o pregunte a quien se lo envió.',
};
