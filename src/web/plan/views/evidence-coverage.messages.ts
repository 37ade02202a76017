import type { Translations } from '../../app/i18n/translations';

/** The evidence and voice coverage of a plan: what each goal can be traced to. */
export const evidenceCoverageEn = {
  'evidenceCoverage.title': 'Evidence and voice',
  'evidenceCoverage.description':
    'What each {goal} and everything under it cite: survey results, conversations, focus groups, public comments and other evidence. A {goal} nobody can trace to evidence or to what the community said is listed first. Cite from the outline, under “Evidence behind it”.',
  'evidenceCoverage.uncitedStat': 'Citing nothing',
  'evidenceCoverage.noVoiceStat': 'No community voice',
  'evidenceCoverage.citationsStat': 'Citations',
  'evidenceCoverage.uncitedTitle': 'No evidence or voice cited',
  'evidenceCoverage.uncitedEmpty': 'Every {goal} cites evidence or what the community said.',
  'evidenceCoverage.noVoiceTitle': 'Evidence, but no community voice',
  'evidenceCoverage.noVoiceEmpty': 'Every {goal} that cites evidence also cites what the community said.',
  'evidenceCoverage.noVoiceHint': 'Cites only other evidence, such as data or documents.',
  'evidenceCoverage.tableTitle': 'Citations by source',
  'evidenceCoverage.col.data': 'Data',
  'evidenceCoverage.col.survey': 'Surveys',
  'evidenceCoverage.col.conversation': 'Conversations',
  'evidenceCoverage.col.focus_group': 'Focus groups',
  'evidenceCoverage.col.public_comment': 'Public comment',
  'evidenceCoverage.col.other': 'Other evidence',
  'evidenceCoverage.col.total': 'Total',
  'evidenceCoverage.citedOn': 'Cited on:',
  'evidenceCoverage.citedOnNothing': 'Nothing cited yet',
  'evidenceCoverage.emptyTitle': 'No {goal} yet',
  'evidenceCoverage.emptyText': 'Add a {goal} in the outline; what it cites is counted here.',
};

export const evidenceCoverageEs: Translations<typeof evidenceCoverageEn> = {
  'evidenceCoverage.title': 'Evidencia y voces',
  'evidenceCoverage.description':
    'Lo que cita cada {goal} y todo lo que está debajo: resultados de encuestas, conversaciones, grupos focales, comentarios públicos y otra evidencia. Primero aparece lo que nadie puede vincular con evidencia ni con lo que dijo la comunidad. Se cita desde el esquema, en “Evidencia que lo respalda”.',
  'evidenceCoverage.uncitedStat': 'Sin citas',
  'evidenceCoverage.noVoiceStat': 'Sin la voz de la comunidad',
  'evidenceCoverage.citationsStat': 'Citas',
  'evidenceCoverage.uncitedTitle': 'Sin evidencia ni voces citadas',
  'evidenceCoverage.uncitedEmpty': 'Cada {goal} cita evidencia o lo que dijo la comunidad.',
  'evidenceCoverage.noVoiceTitle': 'Con evidencia, pero sin la voz de la comunidad',
  'evidenceCoverage.noVoiceEmpty': 'Cada {goal} que cita evidencia también cita lo que dijo la comunidad.',
  'evidenceCoverage.noVoiceHint': 'Solo cita otra evidencia, como datos o documentos.',
  'evidenceCoverage.tableTitle': 'Citas por fuente',
  'evidenceCoverage.col.data': 'Datos',
  'evidenceCoverage.col.survey': 'Encuestas',
  'evidenceCoverage.col.conversation': 'Conversaciones',
  'evidenceCoverage.col.focus_group': 'Grupos focales',
  'evidenceCoverage.col.public_comment': 'Comentario público',
  'evidenceCoverage.col.other': 'Otra evidencia',
  'evidenceCoverage.col.total': 'Total',
  'evidenceCoverage.citedOn': 'Citado en:',
  'evidenceCoverage.citedOnNothing': 'Todavía no cita nada',
  'evidenceCoverage.emptyTitle': 'Todavía no hay elementos ({goal})',
  'evidenceCoverage.emptyText': 'Agregue un elemento ({goal}) en el esquema; lo que cite se cuenta aquí.',
};
