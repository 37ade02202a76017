import { ApiError, type ApiErrorDetail } from '../../app/api';

/** Every plan endpoint in one place, so a route the server renames is changed once. */
export const planApi = {
  list: (districtId: string) => `/api/districts/${districtId}/plans`,
  importJson: (districtId: string) => `/api/districts/${districtId}/plans/import`,
  importXlsx: (districtId: string) => `/api/districts/${districtId}/plans/import.xlsx`,
  plan: (planId: string) => `/api/plans/${planId}`,
  elements: (planId: string) => `/api/plans/${planId}/elements`,
  element: (planId: string, elementId: string) => `/api/plans/${planId}/elements/${elementId}`,
  move: (planId: string, elementId: string) => `/api/plans/${planId}/elements/${elementId}/move`,
  undoDelete: (planId: string) => `/api/plans/${planId}/undo-delete`,
  checks: (planId: string) => `/api/plans/${planId}/checks`,
  budget: (planId: string) => `/api/plans/${planId}/budget`,
  decisionRights: (planId: string) => `/api/plans/${planId}/decision-rights`,
  comments: (planId: string) => `/api/plans/${planId}/comments`,
  comment: (planId: string, commentId: string) => `/api/plans/${planId}/comments/${commentId}`,
  versions: (planId: string) => `/api/plans/${planId}/versions`,
  compare: (planId: string, from: string, to: string) => `/api/plans/${planId}/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
  transitions: (planId: string) => `/api/plans/${planId}/transitions`,
  reimport: (planId: string, confirm: boolean) => `/api/plans/${planId}/import${confirm ? '?confirm=true' : ''}`,
  downloadJson: (planId: string) => `/api/plans/${planId}/export?download=1`,
  downloadXlsx: (planId: string) => `/api/plans/${planId}/export.xlsx`,
  // lang: a download is a plain link, so the page names its language (the browser's Accept-Language may differ).
  downloadDocx: (planId: string, lang: string) => `/api/plans/${planId}/document.docx?lang=${lang}`,
  downloadPdf: (planId: string, lang: string) => `/api/plans/${planId}/document.pdf?lang=${lang}`,
};

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Sends a file's bytes as the request body. app/api.ts sends JSON only; an .xlsx upload must go
 * as raw bytes, and a .json file is sent as its own text so nothing is re-serialized on the way.
 */
export async function sendFile<T>(method: 'POST' | 'PUT', path: string, body: Blob | string, contentType: string, csrfToken: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { accept: 'application/json', 'content-type': contentType, 'x-csrf-token': csrfToken },
      credentials: 'same-origin',
      body,
    });
  } catch {
    throw new ApiError(0, 'network_error', 'The server could not be reached');
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;
  const error = (payload as { error?: Record<string, unknown> } | null)?.error;
  if (!error) throw new ApiError(response.status, response.status >= 500 ? 'internal' : 'invalid_input', `The server answered ${response.status}`);
  const details = Array.isArray(error.details) ? (error.details as ApiErrorDetail[]) : [];
  throw new ApiError(response.status, String(error.code ?? 'internal'), String(error.message ?? ''), details, error);
}
