import { withQuery } from '../app/api';
import type { IndicatorBy } from './api-types';

/** The evidence API's addresses in one place (the contract of issue 16). */
export const evidenceApi = {
  datasets: (districtId: string) => `/api/districts/${districtId}/datasets`,
  dataset: (datasetId: string) => `/api/datasets/${datasetId}`,
  preview: (datasetId: string) => `/api/datasets/${datasetId}/preview`,
  import: (datasetId: string) => `/api/datasets/${datasetId}/import`,
  files: (datasetId: string) => `/api/datasets/${datasetId}/files`,
  cancel: (datasetId: string) => `/api/datasets/${datasetId}/cancel`,
  source: (datasetId: string) => `/api/datasets/${datasetId}/source`,
  layouts: (districtId: string) => `/api/districts/${districtId}/dataset-layouts`,
  entities: (districtId: string) => `/api/districts/${districtId}/evidence/entities`,
  groups: (districtId: string) => `/api/districts/${districtId}/evidence/groups`,
  metrics: (districtId: string) => `/api/districts/${districtId}/evidence/metrics`,
  indicator: (districtId: string, metric: string, query: { by: IndicatorBy; period?: string | null; group?: string | null; school?: string | null; compare?: string | null }) =>
    withQuery(`/api/districts/${districtId}/indicators/${encodeURIComponent(metric)}`, query),
  measureFeeds: (planId: string) => `/api/plans/${planId}/measure-feeds`,
  measureFeed: (planId: string, measureKey: string) => `/api/plans/${planId}/measure-feeds/${encodeURIComponent(measureKey)}`,
};

/** The pages of the data area, under /o/:organizationId/data. */
export const dataPath = (organizationId: string, rest = '') => `/o/${organizationId}/data${rest ? `/${rest}` : ''}`;
export const datasetPath = (organizationId: string, datasetId: string) => dataPath(organizationId, `datasets/${datasetId}`);
