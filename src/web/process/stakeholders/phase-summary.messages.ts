import type { Translations } from '../../app/i18n/translations';

/** Texts of a phase's engagement summary downloads on the cycle's engagement plan. */
export const phaseSummaryEn = {
  'phaseSummary.label': 'Summary',
  'phaseSummary.word': 'Word',
  'phaseSummary.pdf': 'PDF',
  'phaseSummary.wordOf': 'Download summary (Word) of what was heard in {phase}',
  'phaseSummary.pdfOf': 'Download summary (PDF) of what was heard in {phase}',
  'phaseSummary.listTitle': 'Engagement summary by phase',
  'phaseSummary.listHint': 'For district leaders: the phase’s surveys (who took part, results, themes with quotes) and its focus groups.',
};

export const phaseSummaryEs: Translations<typeof phaseSummaryEn> = {
  'phaseSummary.label': 'Resumen',
  'phaseSummary.word': 'Word',
  'phaseSummary.pdf': 'PDF',
  'phaseSummary.wordOf': 'Descargar resumen (Word) de lo escuchado en {phase}',
  'phaseSummary.pdfOf': 'Descargar resumen (PDF) de lo escuchado en {phase}',
  'phaseSummary.listTitle': 'Resumen de participación por fase',
  'phaseSummary.listHint': 'Para la dirección del distrito: las encuestas de la fase (quién participó, resultados, temas con citas) y sus grupos focales.',
};
