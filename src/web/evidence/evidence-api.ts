import { ApiError, withQuery, type ApiErrorDetail } from '../app/api';
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

/**
 * A file upload: multipart, so the browser writes the boundary and no content-type is set here;
 * failures become ApiError like every JSON request's.
 */
export async function sendFile<T>(path: string, form: FormData, csrfToken: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers: { accept: 'application/json', 'x-csrf-token': csrfToken }, credentials: 'same-origin', body: form });
  } catch {
    throw new ApiError(0, 'network_error', 'The server could not be reached');
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;
  const error = (payload as { error?: Record<string, unknown> } | null)?.error;
  if (!error) throw new ApiError(response.status, response.status === 413 ? 'payload_too_large' : 'internal', `The server answered ${response.status}`);
  const details = Array.isArray(error.details) ? (error.details as ApiErrorDetail[]) : [];
  throw new ApiError(response.status, String(error.code ?? 'internal'), String(error.message ?? ''), details, error);
}
