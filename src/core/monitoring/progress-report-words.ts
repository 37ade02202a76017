import type { MeasureStatus, Trend } from './monitoring-types.js';
import { printoutWords, type PrintLanguage, type PrintoutWords } from '../plan/documents/printout-words.js';

/**
 * The words of the board's progress report in each language a reader may read it; the plan's own
 * texts (titles, level names it chose, narratives) are printed as written. The status words are
 * the dashboard's (progress.messages.ts), so a status reads the same on screen and on paper.
 */
const en = {
  print: printoutWords.en as PrintoutWords,
  status: { achieved: 'Achieved', on_track: 'On track', at_risk: 'At risk', off_track: 'Off track', no_data: 'No data yet' } as Record<MeasureStatus, string>,
  trend: { improving: 'Improving', flat: 'Flat', declining: 'Declining', unknown: 'No trend yet' } as Record<Trend, string>,
  summary: (goals: number, c: { on_track: number; at_risk: number; off_track: number; no_data: number }, stagnant: number) =>
    `${goals} ${goals === 1 ? 'goal' : 'goals'}: ${c.on_track} on track, ${c.at_risk} at risk, ${c.off_track} off track, ${c.no_data} no data yet; ${stagnant} stagnant.`,
  nothingToReport: (goal: string) => `This plan has no ${goal.toLowerCase()} to report on yet.`,
  title: (period: string) => `Progress report, ${period}`,
  statusAsOf: (date: string) => `Status as of ${date}`,
  prepared: (date: string) => `Prepared ${date}`,
  kinds: { interim_goal: 'Interim goal', guardrail: 'Guardrail' } as Record<string, string>,
  stagnantGoal: ', stagnant (most of its measures are flat or declining)',
  stagnantMeasure: ', stagnant',
  statusLabel: 'Status',
  why: 'Why',
  noMeasureDecides: (measure: string) => `No ${measure.toLowerCase()} decides this one yet.`,
  resultsFor: (measure: string, key: string) => `${measure} results for ${key}`,
  columns: (measure: string) => [measure, 'Latest value', 'Expected', 'Final target', 'Status', 'Trend'],
  happened: 'What happened',
  nextSteps: 'Next steps',
  latestUpdate: (name: string, period: string, author: string) => `Latest update on ${name} (${period}, ${author})`,
  noWords: 'No words were given with this update.',
  reportOf: (organization: string) => `Progress report of ${organization}`,
};

export type ReportWords = typeof en;

const es: ReportWords = {
  print: printoutWords.es,
  status: { achieved: 'Logrado', on_track: 'En camino', at_risk: 'En riesgo', off_track: 'Fuera de rumbo', no_data: 'Aún sin datos' },
  trend: { improving: 'Mejorando', flat: 'Estable', declining: 'Empeorando', unknown: 'Sin tendencia aún' },
  summary: (goals, c, stagnant) =>
    `${goals} ${goals === 1 ? 'meta' : 'metas'}: ${c.on_track} en camino, ${c.at_risk} en riesgo, ${c.off_track} fuera de rumbo, ${c.no_data} aún sin datos; ${stagnant} ${stagnant === 1 ? 'estancada' : 'estancadas'}.`,
  nothingToReport: (goal) => `Este plan todavía no tiene ninguna ${goal.toLowerCase()} sobre la que informar.`,
  title: (period) => `Informe de progreso, ${period}`,
  statusAsOf: (date) => `Estado al ${date}`,
  prepared: (date) => `Preparado el ${date}`,
  kinds: { interim_goal: 'Meta intermedia', guardrail: 'Límite' },
  stagnantGoal: ', estancada (la mayoría de sus indicadores están estables o empeoran)',
  stagnantMeasure: ', estancado',
  statusLabel: 'Estado',
  why: 'Por qué',
  noMeasureDecides: (measure) => `Todavía no hay ${measure.toLowerCase()} que la midan.`,
  resultsFor: (measure, key) => `Resultados de ${measure.toLowerCase()} de ${key}`,
  columns: (measure) => [measure, 'Último valor', 'Esperado', 'Meta final', 'Estado', 'Tendencia'],
  happened: 'Qué pasó',
  nextSteps: 'Próximos pasos',
  latestUpdate: (name, period, author) => `Última actualización de ${name} (${period}, ${author})`,
  noWords: 'Esta actualización no trae comentarios.',
  reportOf: (organization) => `Informe de progreso de ${organization}`,
};

export const reportWords: Record<PrintLanguage, ReportWords> = { en, es };
