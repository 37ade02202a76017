/**
 * The words of the plan's and the board's documents, in each language a reader may read them.
 * The plan's own texts (titles, level names it chose, group names) are printed as written; these
 * are the document's headings, labels and the format's fixed words. Spanish is typed against
 * English, so no word can be missing.
 */

export type PrintLanguage = 'en' | 'es';

const en = {
  language: 'en' as PrintLanguage,
  locale: 'en-US',
  to: 'to',
  adopted: (body: string | null, date: string, details: string) => `Adopted ${body ? `by the ${body} ` : ''}on ${date}${details ? ` (${details})` : ''}`,
  resolution: 'resolution',
  vote: 'vote',
  planStatus: { draft: 'Draft', public_comment: 'Draft for public comment', adopted: 'Adopted', archived: 'Archived' } as Record<string, string>,
  planOnAPage: 'The plan on a page',
  mission: 'Mission',
  vision: 'Vision',
  values: 'Values',
  portrait: 'Portrait of a graduate',
  theoryOfAction: 'Theory of action',
  noneYet: (things: string) => `No ${things.toLowerCase()} yet.`,
  goalsTableCaption: (goals: string, measures: string, strategies: string) => `${goals}, their ${measures.toLowerCase()} from baseline to final target, and their ${strategies.toLowerCase()}`,
  baselineToTarget: (measures: string) => `${measures}: baseline → final target`,
  goalsAndMeasures: (goals: string, measures: string) => `${goals} and ${measures.toLowerCase()}`,
  strategiesAndActions: (strategies: string, actions: string) => `${strategies} and ${actions.toLowerCase()}`,
  interim: (goal: string) => `Interim ${goal.toLowerCase()}`,
  guardrail: 'Guardrail',
  serves: (goal: string, key: string) => `Serves ${goal.toLowerCase()} ${key}.`,
  why: 'Why',
  /** "Why this priority": the plan's own word for the level. */
  whyThis: (level: string) => `Why this ${level.toLowerCase()}`,
  unit: 'Unit',
  betterIs: 'Better is',
  kind: 'Kind',
  updated: 'Updated',
  source: 'Source',
  owner: 'Owner',
  noValuesYet: 'No baseline, targets or actuals yet.',
  targetsAndActuals: (key: string) => `Targets and actuals: ${key}`,
  period: 'Period',
  studentGroup: 'Student group',
  target: 'Target',
  actual: 'Actual',
  baselineOf: (period: string) => `${period} (baseline)`,
  allStudents: 'All students',
  direction: { increase: 'Higher', decrease: 'Lower', at_least: 'At or above each target', at_most: 'At or below each target', maintain: 'Holding steady' } as Record<string, string>,
  between: (min: string, max: string) => `Between ${min} and ${max}`,
  words: {
    percent: 'Percent', percentage_points: 'Percentage points', count: 'Count', rate: 'Rate', ratio: 'Ratio', score: 'Score', rating: 'Rating', currency: 'Currency', days: 'Days', index: 'Index', text: 'Text',
    lagging: 'Lagging', leading: 'Leading', annual: 'Annual', semester: 'Semester', quarterly: 'Quarterly', monthly: 'Monthly', weekly: 'Weekly',
    not_started: 'Not started', on_track: 'On track', at_risk: 'At risk', off_track: 'Off track', complete: 'Complete', canceled: 'Canceled',
  } as Record<string, string>,
  points: 'pts',
  days: 'days',
  actionColumns: (action: string) => [action, 'Owner', 'When', 'Status', '% complete'],
  actionsOf: (actions: string, key: string) => `${actions}: ${key}`,
  milestone: (title: string, due: string | null, done: boolean) => `Milestone: ${title}${due ? `, due ${due}` : ''}${done ? ' (done)' : ''}`,
  fromTo: (start: string, due: string) => `${start} to ${due}`,
  due: (date: string) => `Due ${date}`,
  from: (date: string) => `From ${date}`,
  budget: 'Budget',
  noBudget: 'No budget lines in this plan yet.',
  notSet: 'Not set',
  noFund: 'No fund named',
  noCurrency: 'no currency named',
  costPer: (goal: string) => `Cost per ${goal.toLowerCase()}`,
  costColumns: (goal: string) => [goal, 'Cost', 'FTE (all years)', 'Hours'],
  wholePlan: 'Whole plan',
  byFund: (currency: string | null) => `Budget by fund and fiscal year${currency ? ` (${currency})` : ''}`,
  fund: 'Fund',
  total: 'Total',
  linesNotSet: (count: number) => `${count} ${count === 1 ? 'line' : 'lines'} not set`,
  decisionRights: 'Decision rights',
  noDecisionRights: 'No decision rights in this plan yet.',
  decisionCaption: (strategy: string) => `Decision rights by ${strategy.toLowerCase()}: responsible, accountable, consulted, informed`,
  decisionColumns: (strategy: string) => [strategy, 'Decision', 'Responsible', 'Accountable', 'Consulted', 'Informed'],
  communicationPlan: 'Communication plan',
  communicationColumns: ['Audience', 'Message', 'Channel', 'Cadence', 'Owner'],
  sources: 'Sources',
  hidden: 'Hidden to protect student privacy',
  atMost: (value: string) => `${value} or less`,
  atLeast: (value: string) => `${value} or more`,
  privacyNote: (threshold: number) =>
    `To protect student privacy, results about fewer than ${threshold} students are not shown, nor any result from which one could be worked out, and results of small groups near 0% or 100% are shown as a range.`,
  strategicPlanOf: (organization: string) => `Strategic plan of ${organization}`,
  page: 'Page',
  of: 'of',
  levels: { goal: 'Goal', measure: 'Measure', strategy: 'Strategy', action: 'Action' },
  plural: (word: string) => (/[^aeiou]y$/i.test(word) ? word.slice(0, -1) + 'ies' : /(s|x|z|ch|sh)$/i.test(word) ? word + 'es' : word + 's'),
};

export type PrintoutWords = typeof en;

const es: PrintoutWords = {
  language: 'es',
  // 'es', as the web app formats numbers for a Spanish reader ("2,6 meses").
  locale: 'es',
  to: 'a',
  adopted: (body, date, details) => `Aprobado ${body ? `por ${body} ` : ''}el ${date}${details ? ` (${details})` : ''}`,
  resolution: 'resolución',
  vote: 'votación',
  planStatus: { draft: 'Borrador', public_comment: 'Borrador para comentario público', adopted: 'Aprobado', archived: 'Archivado' },
  planOnAPage: 'El plan en una página',
  mission: 'Misión',
  vision: 'Visión',
  values: 'Valores',
  portrait: 'Perfil del egresado',
  theoryOfAction: 'Teoría de acción',
  noneYet: (things) => `Todavía no hay ${things.toLowerCase()}.`,
  goalsTableCaption: (goals, measures, strategies) => `${goals}, sus ${measures.toLowerCase()} del punto de partida a la meta final, y sus ${strategies.toLowerCase()}`,
  baselineToTarget: (measures) => `${measures}: punto de partida → meta final`,
  goalsAndMeasures: (goals, measures) => `${goals} e ${measures.toLowerCase()}`,
  strategiesAndActions: (strategies, actions) => `${strategies} y ${actions.toLowerCase()}`,
  interim: (goal) => `${goal} intermedia`,
  guardrail: 'Límite',
  serves: (goal, key) => `Contribuye a la ${goal.toLowerCase()} ${key}.`,
  why: 'Por qué',
  whyThis: (level) => `Por qué ${spanishThis(level)} ${level.toLowerCase()}`,
  unit: 'Unidad',
  betterIs: 'Mejor es',
  kind: 'Tipo',
  updated: 'Se actualiza',
  source: 'Fuente',
  owner: 'Responsable',
  noValuesYet: 'Todavía no hay punto de partida, metas ni resultados.',
  targetsAndActuals: (key) => `Metas y resultados: ${key}`,
  period: 'Periodo',
  studentGroup: 'Grupo de estudiantes',
  target: 'Meta',
  actual: 'Resultado',
  baselineOf: (period) => `${period} (punto de partida)`,
  allStudents: 'Todos los estudiantes',
  direction: { increase: 'Más alto', decrease: 'Más bajo', at_least: 'En o por encima de cada meta', at_most: 'En o por debajo de cada meta', maintain: 'Mantenerse estable' },
  between: (min, max) => `Entre ${min} y ${max}`,
  words: {
    percent: 'Porcentaje', percentage_points: 'Puntos porcentuales', count: 'Cantidad', rate: 'Tasa', ratio: 'Razón', score: 'Puntaje', rating: 'Calificación', currency: 'Moneda', days: 'Días', index: 'Índice', text: 'Texto',
    lagging: 'De resultado', leading: 'Anticipado', annual: 'Anual', semester: 'Semestral', quarterly: 'Trimestral', monthly: 'Mensual', weekly: 'Semanal',
    not_started: 'Sin empezar', on_track: 'En camino', at_risk: 'En riesgo', off_track: 'Fuera de camino', complete: 'Completada', canceled: 'Cancelada',
  },
  points: 'pts',
  days: 'días',
  actionColumns: (action) => [action, 'Responsable', 'Cuándo', 'Estado', '% completado'],
  actionsOf: (actions, key) => `${actions}: ${key}`,
  milestone: (title, due, done) => `Hito: ${title}${due ? `, para el ${due}` : ''}${done ? ' (hecho)' : ''}`,
  fromTo: (start, due) => `Del ${start} al ${due}`,
  due: (date) => `Para el ${date}`,
  from: (date) => `Desde el ${date}`,
  budget: 'Presupuesto',
  noBudget: 'Este plan todavía no tiene líneas de presupuesto.',
  notSet: 'Sin definir',
  noFund: 'Sin fondo indicado',
  noCurrency: 'sin moneda indicada',
  costPer: (goal) => `Costo por ${goal.toLowerCase()}`,
  costColumns: (goal) => [goal, 'Costo', 'FTE (todos los años)', 'Horas'],
  wholePlan: 'Todo el plan',
  byFund: (currency) => `Presupuesto por fondo y año fiscal${currency ? ` (${currency})` : ''}`,
  fund: 'Fondo',
  total: 'Total',
  linesNotSet: (count) => `${count} ${count === 1 ? 'línea' : 'líneas'} sin definir`,
  decisionRights: 'Derechos de decisión',
  noDecisionRights: 'Este plan todavía no tiene derechos de decisión.',
  decisionCaption: (strategy) => `Derechos de decisión por ${strategy.toLowerCase()}: responsable, quien rinde cuentas, consultados, informados`,
  decisionColumns: (strategy) => [strategy, 'Decisión', 'Responsable', 'Rinde cuentas', 'Consultados', 'Informados'],
  communicationPlan: 'Plan de comunicación',
  communicationColumns: ['Público', 'Mensaje', 'Canal', 'Frecuencia', 'Responsable'],
  sources: 'Fuentes',
  hidden: 'Oculto para proteger la privacidad de los estudiantes',
  atMost: (value) => `${value} o menos`,
  atLeast: (value) => `${value} o más`,
  privacyNote: (threshold) =>
    `Para proteger la privacidad de los estudiantes, no se muestran los resultados de menos de ${threshold} estudiantes, ni ningún resultado a partir del cual se pudieran deducir, y los resultados de grupos pequeños cercanos al 0 % o al 100 % se muestran como un rango.`,
  strategicPlanOf: (organization) => `Plan estratégico de ${organization}`,
  page: 'Página',
  of: 'de',
  levels: { goal: 'Meta', measure: 'Indicador', strategy: 'Estrategia', action: 'Acción' },
  // Spanish plurals: a vowel takes -s, a consonant -es ("Acción" → "Acciones", dropping the accent).
  plural: (word) => (/[aeiouáéó]$/i.test(word) ? word + 's' : word.replace(/ón$/, 'on') + 'es'),
};

export const printoutWords: Record<PrintLanguage, PrintoutWords> = { en, es };

/**
 * "esta meta", "este indicador": a plan may name its levels in its own words, so the gender is read
 * from the ending (-a, -ión, -dad feminine; -ma, as "programa", masculine).
 */
function spanishThis(noun: string): string {
  const word = noun.trim().split(/\s+/)[0]!.toLowerCase();
  return /ma$/.test(word) || !/(a|ión|dad|tad|tud|umbre)$/.test(word) ? 'este' : 'esta';
}

/** The words of a language; English for anything else. */
export function wordsFor(language: string | undefined): PrintoutWords {
  return language === 'es' ? es : en;
}
