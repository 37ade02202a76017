import type { PublicLanguage } from './public-site.schema.js';

/** The public pages' own words, in each language the site offers. */
const en = {
  pageTitle: 'How are we doing?',
  skip: 'Skip to the content',
  languages: 'Language',
  mission: 'Our mission',
  vision: 'Our vision',
  goals: 'Our goals',
  adopted: 'Adopted on {date}',
  measuresSummary: '{onTrack} of {total} on track',
  noMeasures: 'No published measures yet.',
  seeGoal: 'See the measures for this goal',
  allGoals: 'All goals',
  latest: 'Latest result',
  target: 'Target',
  trend: 'Trend',
  noResultYet: 'No result yet',
  narrative: 'What happened',
  why: 'Why',
  next: 'What comes next',
  numbers: 'The numbers',
  period: 'Period',
  allStudents: 'All students',
  baseline: 'Baseline',
  targetLine: 'Target',
  hidden: 'Not shown',
  privacy: 'To protect student privacy, results about fewer than {threshold} students are not shown, nor any result from which one could be worked out.',
  notTranslated: 'Some texts are not available in English yet and are shown as the district wrote them.',
  updated: 'Last updated {date}',
  poweredBy: 'Published with Waymark',
  chartTitle: '{name}: results and targets over time',
  fullReport: 'See the full progress report',
  statusAchieved: 'Target met',
  statusOnTrack: 'On track',
  statusAtRisk: 'At risk',
  statusOffTrack: 'Off track',
  statusNoData: 'No data yet',
  statusHidden: 'Not shown (privacy)',
  trendImproving: 'Improving',
  trendFlat: 'No change',
  trendDeclining: 'Declining',
  trendUnknown: 'Not enough data',
  guardrail: 'Guardrail',
  interimGoal: 'Interim goal',
};
type Messages = typeof en;

const es: Messages = {
  pageTitle: '¿Cómo vamos?',
  skip: 'Ir al contenido',
  languages: 'Idioma',
  mission: 'Nuestra misión',
  vision: 'Nuestra visión',
  goals: 'Nuestras metas',
  adopted: 'Aprobado el {date}',
  measuresSummary: '{onTrack} de {total} en camino',
  noMeasures: 'Todavía no hay indicadores publicados.',
  seeGoal: 'Ver los indicadores de esta meta',
  allGoals: 'Todas las metas',
  latest: 'Resultado más reciente',
  target: 'Meta',
  trend: 'Tendencia',
  noResultYet: 'Todavía sin resultado',
  narrative: 'Qué pasó',
  why: 'Por qué',
  next: 'Qué sigue',
  numbers: 'Los números',
  period: 'Periodo',
  allStudents: 'Todos los estudiantes',
  baseline: 'Punto de partida',
  targetLine: 'Meta',
  hidden: 'No se muestra',
  privacy: 'Para proteger la privacidad de los estudiantes, no se muestran los resultados de menos de {threshold} estudiantes, ni ningún resultado a partir del cual se pudieran deducir.',
  notTranslated: 'Algunos textos todavía no están disponibles en español y se muestran como el distrito los escribió.',
  updated: 'Última actualización: {date}',
  poweredBy: 'Publicado con Waymark',
  chartTitle: '{name}: resultados y metas a lo largo del tiempo',
  fullReport: 'Ver el informe de progreso completo',
  statusAchieved: 'Meta alcanzada',
  statusOnTrack: 'En camino',
  statusAtRisk: 'En riesgo',
  statusOffTrack: 'Fuera de camino',
  statusNoData: 'Sin datos todavía',
  statusHidden: 'No se muestra (privacidad)',
  trendImproving: 'Mejorando',
  trendFlat: 'Sin cambio',
  trendDeclining: 'Empeorando',
  trendUnknown: 'Datos insuficientes',
  guardrail: 'Límite',
  interimGoal: 'Meta intermedia',
};

const dictionaries: Record<PublicLanguage, Messages> = { en, es };

export type PublicMessageKey = keyof Messages;

/** A message in the reader's language with its {placeholders} filled. */
export function publicMessage(language: PublicLanguage, key: PublicMessageKey, values: Record<string, string | number> = {}): string {
  return dictionaries[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export const languageNames: Record<PublicLanguage, string> = { en: 'English', es: 'Español' };
