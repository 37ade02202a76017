import { fork } from 'node:child_process';

/**
 * @typedef {{ method?: string; path: string; headers?: Record<string, string>; body?: string; freshId?: string; baseUrl?: string;
 *   variants?: { body: string; headers?: Record<string, string> }[] }} BenchRequest
 *   `freshId`: a placeholder in `body` replaced by a new UUID in every request sent (a write keyed by
 *   the client's id, such as a survey response's submission id). `variants`: bodies (and headers)
 *   sent in turn, one per request, in place of `body` (many clients doing different things). `baseUrl`: a server of the
 *   scenario's own (a yardstick it started) instead of the one its `server` names.
 * @typedef {{ durationSeconds: number; responses: number; requestsPerSecond: number;
 *   latencyMs: { p50: number | null; p95: number | null; p99: number | null; max: number | null; mean: number | null };
 *   statusCodes: Record<string, number>; non2xx: number; errors: number; timeouts: number; latencies?: number[] }} LoadResult
 */

/**
 * Runs autocannon in a child process against one server and resolves with what it measured after
 * the warm-up. Status codes and errors cover the whole run, warm-up included.
 * @param {{ baseUrl: string; request: BenchRequest; connections: number; warmupSeconds: number; durationSeconds: number; keepLatencies?: boolean }} options
 * @returns {Promise<LoadResult>}
 */
export function generateLoad({ baseUrl, request, connections, warmupSeconds, durationSeconds, keepLatencies = false }) {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./load-process.mjs', import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    child.once('message', (message) => {
      answered = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(`load generator failed: ${message.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!answered) reject(new Error(`load generator exited with code ${code} before answering`));
    });
    child.send({
      url: new URL(request.path, baseUrl).href,
      method: request.method ?? 'GET',
      headers: request.headers ?? {},
      body: request.body,
      freshId: request.freshId,
      variants: request.variants,
      keepLatencies,
      connections,
      warmupSeconds,
      durationSeconds,
    });
  });
}
