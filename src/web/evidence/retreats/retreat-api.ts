import { dataPath } from '../evidence-api';

/** The data retreat's addresses in one place (src/server/evidence/retreats/*.routes.ts). */
export const retreatApi = {
  ofCycle: (cycleId: string) => `/api/cycles/${cycleId}/retreats`,
  retreat: (retreatId: string) => `/api/retreats/${retreatId}`,
  charts: (retreatId: string) => `/api/retreats/${retreatId}/charts`,
  chartOrder: (retreatId: string) => `/api/retreats/${retreatId}/charts/order`,
  chart: (retreatId: string, chartId: string) => `/api/retreats/${retreatId}/charts/${chartId}`,
  observations: (retreatId: string) => `/api/retreats/${retreatId}/observations`,
  observation: (retreatId: string, observationId: string) => `/api/retreats/${retreatId}/observations/${observationId}`,
  swot: (retreatId: string) => `/api/retreats/${retreatId}/swot`,
  swotItem: (retreatId: string, itemId: string) => `/api/retreats/${retreatId}/swot/${itemId}`,
  dots: (retreatId: string, itemId: string) => `/api/retreats/${retreatId}/swot/${itemId}/dots`,
  priorities: (retreatId: string) => `/api/retreats/${retreatId}/priorities`,
  priorityOrder: (retreatId: string) => `/api/retreats/${retreatId}/priorities/order`,
  priority: (retreatId: string, priorityId: string) => `/api/retreats/${retreatId}/priorities/${priorityId}`,
  // lang: a download is a plain link, so the page names its language (the browser's may differ).
  document: (retreatId: string, name: 'diagnostic' | 'data-picture', format: 'docx' | 'pdf', lang: string) => `/api/retreats/${retreatId}/documents/${name}.${format}?lang=${lang}`,
};

/** The retreats' pages, under the data area. */
export const retreatsPath = (organizationId: string, cycleId?: string) => `${dataPath(organizationId, 'retreats')}${cycleId ? `?cycle=${cycleId}` : ''}`;
export const retreatPath = (organizationId: string, retreatId: string, section?: string) =>
  `${dataPath(organizationId, `retreats/${retreatId}`)}${section ? `?section=${section}` : ''}`;
/** The room's page on a phone, built by the room's own screens. */
export const roomPath = (joinCode: string) => `/r/${joinCode}`;
