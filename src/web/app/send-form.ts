import { ApiError, type ApiErrorDetail } from './api';

/**
 * A multipart upload (a form with its files): the browser writes the boundary, so no content-type
 * is set here; failures become ApiError like every JSON request's. The Polis import and the data
 * files send with it.
 */
export async function sendForm<T>(path: string, form: FormData, csrfToken: string): Promise<T> {
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
