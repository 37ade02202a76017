import type { Translations } from '../../app/i18n/translations';

/** Texts of the engagement summary's downloads on a survey's results. */
export const summaryEn = {
  'summary.label': 'Engagement summary',
  'summary.hint': 'For district leaders: who took part against the population, results by question (broken down as chosen here, or by role when the survey asks it), themes with quotes. Small groups are hidden as on this page.',
  'summary.word': 'Download summary (Word)',
  'summary.pdf': 'Download summary (PDF)',
};

export const summaryEs: Translations<typeof summaryEn> = {
  'summary.label': 'Resumen de participación',
  'summary.hint': 'Para la dirección del distrito: quién participó frente a la población, resultados por pregunta (desglosados como se elige aquí, o por rol cuando la encuesta lo pregunta), temas con citas. Los grupos pequeños se ocultan como en esta página.',
  'summary.word': 'Descargar resumen (Word)',
  'summary.pdf': 'Descargar resumen (PDF)',
};
