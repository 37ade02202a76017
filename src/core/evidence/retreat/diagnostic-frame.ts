/**
 * Performance Fact's five areas of a data-driven assessment, as a frame a cycle's data retreat can
 * use: charts and SWOT items are sorted into them, and the diagnostic report reads area by area.
 * Keys are stable (stored on charts, items and priorities); the words live with the screens and
 * documents in each language.
 */
export const performanceFactAreas = ['achievement_growth', 'trust', 'teaching_learning', 'operations_resources', 'culture'] as const;
export type PerformanceFactArea = (typeof performanceFactAreas)[number];

export type DiagnosticFrame = 'none' | 'performance_fact';

/** The areas a retreat's items may name: none without a frame. */
export function areasOfFrame(frame: DiagnosticFrame): readonly string[] {
  return frame === 'performance_fact' ? performanceFactAreas : [];
}

/**
 * Whether an area fits the retreat's frame: absent is always fine (an item not yet sorted), a key
 * only when the frame has it.
 */
export function isAreaOfFrame(frame: DiagnosticFrame, area: string | null | undefined): boolean {
  return area === null || area === undefined || areasOfFrame(frame).includes(area);
}

/** English and Spanish names, for the documents drawn on the server (the web has its own catalogue). */
export const areaWords: Record<'en' | 'es', Record<PerformanceFactArea, string>> = {
  en: {
    achievement_growth: 'Achievement and growth',
    trust: 'Trust',
    teaching_learning: 'Teaching and learning',
    operations_resources: 'Operations and resources',
    culture: 'Culture',
  },
  es: {
    achievement_growth: 'Logro y crecimiento',
    trust: 'Confianza',
    teaching_learning: 'Enseñanza y aprendizaje',
    operations_resources: 'Operaciones y recursos',
    culture: 'Cultura',
  },
};
