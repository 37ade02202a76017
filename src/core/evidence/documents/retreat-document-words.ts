import type { Quadrant } from '../retreat/dot-voting.js';

/** The data picture's and the diagnostic report's words, in English and Spanish (the web has its own catalogue). */
export interface RetreatDocumentWords {
  language: 'en' | 'es';
  dataPictureTitle: string;
  diagnosticTitle: string;
  retreatLine: (title: string) => string;
  page: string;
  of: string;
  dataPictureIntro: string;
  privacyNote: (threshold: number | null) => string;
  notice: string;
  wonder: string;
  noObservations: string;
  noData: string;
  noCharts: string;
  measure: string;
  year: string;
  studentGroup: string;
  allStudents: string;
  school: string;
  value: string;
  n: string;
  vsDistrict: string;
  vsGroup: (group: string) => string;
  change: string;
  district: string;
  districtValue: (value: string) => string;
  hiddenSmallGroup: string;
  suppressedInFile: string;
  missing: string;
  hiddenShort: string;
  suppressedShort: string;
  missingShort: string;
  imageMissing: string;
  chartCaption: (metric: string, detail: string) => string;
  byWhat: Record<'school' | 'group' | 'period', string>;
  purpose: string;
  purposeText: string;
  dataInBrief: string;
  swot: string;
  swotIntro: string;
  quadrants: Record<Quadrant, string>;
  item: string;
  dots: string;
  rank: string;
  tied: (rank: number) => string;
  mostDotsFirst: (quadrant: string) => string;
  cited: string;
  area: string;
  citeChart: (question: string) => string;
  citeObservation: (body: string) => string;
  noItems: string;
  priorities: string;
  prioritiesIntro: string;
  dotsCount: (dots: number) => string;
  noPriorities: string;
  whereWeAre: string;
  evidence: string;
  whereWeWantToBe: string;
  planGoal: string;
  noGoalYet: string;
  gap: string;
  rootCauses: string;
  fiveWhys: string;
  why: (number: number) => string;
  fishbone: string;
  category: string;
  causes: string;
  caseForChange: string;
  notYet: string;
  notSorted: string;
}

export const retreatDocumentWords: Record<'en' | 'es', RetreatDocumentWords> = {
  en: {
    language: 'en',
    dataPictureTitle: 'Data picture',
    diagnosticTitle: 'Organizational diagnostic report',
    retreatLine: (title) => `Data retreat: ${title}`,
    page: 'Page',
    of: 'of',
    dataPictureIntro: 'The questions the team asked of the district’s data, what each chart shows, and what people in the room noticed and wondered about it.',
    privacyNote: (threshold) => (threshold ? `To protect students’ privacy, groups of fewer than ${threshold} students, and any value from which one could be worked out, are hidden.` : 'To protect students’ privacy, small groups of students are hidden.'),
    notice: 'We notice',
    wonder: 'We wonder',
    noObservations: 'No observations were written on this chart.',
    noData: 'The district’s data no longer has what this chart showed.',
    noCharts: 'The retreat has no charts yet.',
    measure: 'Measure',
    year: 'Year',
    studentGroup: 'Student group',
    allStudents: 'All students',
    school: 'School',
    value: 'Value',
    n: 'Students (n)',
    vsDistrict: 'Compared with the district',
    vsGroup: (group) => `Compared with ${group}`,
    change: 'Change from the year before',
    district: 'District',
    districtValue: (value) => `District ${value}`,
    hiddenSmallGroup: 'Hidden (small group)',
    suppressedInFile: 'Suppressed in the source file',
    missing: 'No data',
    hiddenShort: 'Hidden',
    suppressedShort: 'Suppressed',
    missingShort: 'No data',
    imageMissing: 'The chart is drawn in the PDF of this document; its numbers are in the table below.',
    chartCaption: (metric, detail) => `${metric}: ${detail}`,
    byWhat: { school: 'by school', group: 'by student group', period: 'over time' },
    purpose: 'Purpose',
    purposeText:
      'This report records where the district stands today: what its data show, the strengths, weaknesses, opportunities and threats the team named, the priorities it chose, and for each priority the gap between where we are and where we want to be, its root causes and the case for change.',
    dataInBrief: 'The data picture in brief',
    swot: 'SWOT analysis',
    swotIntro: 'Each item with the dots it received, its rank across the whole board, and the evidence it cites.',
    quadrants: { strength: 'Strengths', weakness: 'Weaknesses', opportunity: 'Opportunities', threat: 'Threats' },
    item: 'Item',
    dots: 'Dots',
    rank: 'Rank',
    tied: (rank) => `${rank} (tied)`,
    mostDotsFirst: (quadrant) => `${quadrant}, most dots first`,
    cited: 'Evidence cited',
    area: 'Area',
    citeChart: (question) => `Chart: ${question}`,
    citeObservation: (body) => `Observation: “${body}”`,
    noItems: 'No items.',
    priorities: 'Priorities',
    prioritiesIntro: 'The priorities the team carried forward, in its order.',
    dotsCount: (dots) => (dots === 1 ? '1 dot' : `${dots} dots`),
    noPriorities: 'The team has not chosen its priorities yet.',
    whereWeAre: 'Where we are',
    evidence: 'Evidence',
    whereWeWantToBe: 'Where we want to be',
    planGoal: 'Plan goal',
    noGoalYet: 'Not yet a goal of the plan',
    gap: 'The gap',
    rootCauses: 'Root causes',
    fiveWhys: 'Five whys: each answer asks the next “why?”',
    why: (number) => `Why ${number}`,
    fishbone: 'Fishbone: causes by category',
    category: 'Category',
    causes: 'Causes',
    caseForChange: 'The case for change',
    notYet: 'Not written yet.',
    notSorted: 'Not sorted into an area',
  },
  es: {
    language: 'es',
    dataPictureTitle: 'Panorama de datos',
    diagnosticTitle: 'Informe de diagnóstico organizacional',
    retreatLine: (title) => `Retiro de datos: ${title}`,
    page: 'Página',
    of: 'de',
    dataPictureIntro: 'Las preguntas que el equipo hizo a los datos del distrito, lo que muestra cada gráfico y lo que las personas en la sala notaron y se preguntaron.',
    privacyNote: (threshold) =>
      threshold
        ? `Para proteger la privacidad de los estudiantes, se ocultan los grupos de menos de ${threshold} estudiantes y cualquier valor del que pudiera deducirse uno.`
        : 'Para proteger la privacidad de los estudiantes, se ocultan los grupos pequeños.',
    notice: 'Notamos',
    wonder: 'Nos preguntamos',
    noObservations: 'No se escribieron observaciones sobre este gráfico.',
    noData: 'Los datos del distrito ya no tienen lo que mostraba este gráfico.',
    noCharts: 'El retiro aún no tiene gráficos.',
    measure: 'Indicador',
    year: 'Año',
    studentGroup: 'Grupo de estudiantes',
    allStudents: 'Todos los estudiantes',
    school: 'Escuela',
    value: 'Valor',
    n: 'Estudiantes (n)',
    vsDistrict: 'Frente al distrito',
    vsGroup: (group) => `Frente a ${group}`,
    change: 'Cambio respecto al año anterior',
    district: 'Distrito',
    districtValue: (value) => `Distrito ${value}`,
    hiddenSmallGroup: 'Oculto (grupo pequeño)',
    suppressedInFile: 'Suprimido en el archivo de origen',
    missing: 'Sin datos',
    hiddenShort: 'Oculto',
    suppressedShort: 'Suprimido',
    missingShort: 'Sin datos',
    imageMissing: 'El gráfico aparece en el PDF de este documento; sus cifras están en la tabla siguiente.',
    chartCaption: (metric, detail) => `${metric}: ${detail}`,
    byWhat: { school: 'por escuela', group: 'por grupo de estudiantes', period: 'a lo largo del tiempo' },
    purpose: 'Propósito',
    purposeText:
      'Este informe recoge dónde se encuentra hoy el distrito: lo que muestran sus datos, las fortalezas, oportunidades, debilidades y amenazas que señaló el equipo, las prioridades que eligió y, para cada prioridad, la brecha entre dónde estamos y dónde queremos estar, sus causas raíz y las razones para el cambio.',
    dataInBrief: 'El panorama de datos en resumen',
    swot: 'Análisis FODA',
    swotIntro: 'Cada elemento con los puntos que recibió, su posición en todo el tablero y la evidencia que cita.',
    quadrants: { strength: 'Fortalezas', weakness: 'Debilidades', opportunity: 'Oportunidades', threat: 'Amenazas' },
    item: 'Elemento',
    dots: 'Puntos',
    rank: 'Posición',
    tied: (rank) => `${rank} (empate)`,
    mostDotsFirst: (quadrant) => `${quadrant}, de más a menos puntos`,
    cited: 'Evidencia citada',
    area: 'Área',
    citeChart: (question) => `Gráfico: ${question}`,
    citeObservation: (body) => `Observación: «${body}»`,
    noItems: 'Ningún elemento.',
    priorities: 'Prioridades',
    prioritiesIntro: 'Las prioridades que el equipo llevó adelante, en su orden.',
    dotsCount: (dots) => (dots === 1 ? '1 punto' : `${dots} puntos`),
    noPriorities: 'El equipo aún no ha elegido sus prioridades.',
    whereWeAre: 'Dónde estamos',
    evidence: 'Evidencia',
    whereWeWantToBe: 'Dónde queremos estar',
    planGoal: 'Meta del plan',
    noGoalYet: 'Aún no es una meta del plan',
    gap: 'La brecha',
    rootCauses: 'Causas raíz',
    fiveWhys: 'Cinco porqués: cada respuesta lleva al siguiente «¿por qué?»',
    why: (number) => `Porqué ${number}`,
    fishbone: 'Espina de pescado: causas por categoría',
    category: 'Categoría',
    causes: 'Causas',
    caseForChange: 'Razones para el cambio',
    notYet: 'Aún no está escrito.',
    notSorted: 'Sin área asignada',
  },
};
