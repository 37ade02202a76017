import type { Translations } from '../../../app/i18n/translations';

/** Texts of a conversation's Export section. */
export const conversationExportsEn = {
  'conversationExports.title': 'Export',
  'conversationExports.voteIntro': 'The conversation’s data in Polis’s export layout, for a spreadsheet or any tool made for Polis. Participants appear as numbers only; hidden statements are marked moderated -1.',
  'conversationExports.rateIntro': 'Every idea with its ratings, for a spreadsheet. Participants appear as numbers only.',
  'conversationExports.comments': 'Statements (comments.csv)',
  'conversationExports.votes': 'Votes (votes.csv)',
  'conversationExports.participantsVotes': 'Participants’ votes and groups (participants-votes.csv)',
  'conversationExports.ideas': 'Ideas with ratings (ideas.csv)',
  'conversationExports.ratings': 'Every rating (ratings.csv)',
};

export const conversationExportsEs: Translations<typeof conversationExportsEn> = {
  'conversationExports.title': 'Exportar',
  'conversationExports.voteIntro': 'Los datos de la conversación en el formato de exportación de Polis, para una hoja de cálculo o cualquier herramienta hecha para Polis. Los participantes aparecen solo como números; las afirmaciones ocultas llevan moderated -1.',
  'conversationExports.rateIntro': 'Cada idea con sus calificaciones, para una hoja de cálculo. Los participantes aparecen solo como números.',
  'conversationExports.comments': 'Afirmaciones (comments.csv)',
  'conversationExports.votes': 'Votos (votes.csv)',
  'conversationExports.participantsVotes': 'Votos y grupos de los participantes (participants-votes.csv)',
  'conversationExports.ideas': 'Ideas con calificaciones (ideas.csv)',
  'conversationExports.ratings': 'Todas las calificaciones (ratings.csv)',
};
