import type { Translations } from '../../app/i18n/translations';

/** Texts of moderation beside the queue: the log download and the team's translations of statements. */
export const moderationEn = {
  'moderation.log.download': 'Download the moderation log (CSV)',
  'moderation.log.description': 'Every decision: when, which idea, accepted or hidden, for which rule, and by whom.',
  'moderation.translations.add': 'Translate',
  'moderation.translations.edit': 'Edit translations',
  'moderation.translations.done': 'Done',
  'moderation.translations.into': 'Translation into {language}',
  'moderation.translations.hint': 'Shown beside the original to people reading in this language. Leave it empty to remove it.',
  'moderation.translations.save': 'Save translations',
  'moderation.translations.saved': 'Translations saved',
  'moderation.translations.failed': 'Could not save the translation',
  'moderation.translations.conflict': 'This idea changed meanwhile',
  'moderation.translations.conflictText': 'Its current translations are now in the form. Change them if need be and save again.',
  'moderation.translations.missing': 'Not yet translated: {languages}',
};

export const moderationEs: Translations<typeof moderationEn> = {
  'moderation.log.download': 'Descargar el registro de moderación (CSV)',
  'moderation.log.description': 'Cada decisión: cuándo, qué idea, aceptada u oculta, por qué norma y quién la tomó.',
  'moderation.translations.add': 'Traducir',
  'moderation.translations.edit': 'Editar traducciones',
  'moderation.translations.done': 'Listo',
  'moderation.translations.into': 'Traducción al {language}',
  'moderation.translations.hint': 'Se muestra junto al original a quienes leen en este idioma. Déjela vacía para quitarla.',
  'moderation.translations.save': 'Guardar traducciones',
  'moderation.translations.saved': 'Traducciones guardadas',
  'moderation.translations.failed': 'No se pudo guardar la traducción',
  'moderation.translations.conflict': 'Esta idea cambió mientras tanto',
  'moderation.translations.conflictText': 'Sus traducciones actuales están ahora en el formulario. Cámbielas si hace falta y guarde de nuevo.',
  'moderation.translations.missing': 'Aún sin traducir: {languages}',
};
