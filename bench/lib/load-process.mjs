// The load generator runs in its own process, so it never shares an event loop (or a garbage
// collector) with the server it measures. bench/lib/generate-load.mjs forks this file once per scenario.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';

process.once('message', async (options) => {
  let answer;
  try {
    answer = { ok: true, result: await generateLoad(options) };
  } catch (error) {
    answer = { ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  // Disconnect only once the answer is written: a large one (every latency of a round) takes a moment.
  process.send?.(answer, () => process.disconnect?.());
});

/**
 * Drives one request at a fixed concurrency: a warm-up, then the measured window, on the same
 * connections. Measuring on connections that are already open matters: a busy Node server accepts
 * about one new connection per event-loop turn, so the first request of each of 50 fresh connections
 * waits in the accept queue for up to seconds, which says more about the warm-up than the route.
 * Latencies are kept exactly (autocannon's histogram has whole milliseconds and no p95).
 */
async function generateLoad({ url, method, headers, body, freshId, variants, keepLatencies, connections, warmupSeconds, durationSeconds }) {
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  const statusCodes = {};
  const startedAt = performance.now();
  const measureFrom = startedAt + warmupSeconds * 1000;
  // A request that must differ every time (a write keyed by a client's id) gets a fresh UUID in
  // place of each occurrence of its placeholder.
  // Many clients each sending their own request (participants voting on different statements from
  // their own phones) take the variants in turn, one per request sent.
  let next = 0;
  const requests = freshId
    ? [{ setupRequest: (request) => ({ ...request, body: body.replaceAll(freshId, () => randomUUID()) }) }]
    : variants
      ? [{ setupRequest: (request) => { const variant = variants[next++ % variants.length]; return { ...request, body: variant.body, headers: { ...request.headers, ...variant.headers } }; } }]
      : undefined;
  const instance = autocannon({ url, method, headers, body, requests, connections, duration: warmupSeconds + durationSeconds, timeout: 30 });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    // Every answer counts towards the status codes, warm-up included: any non-2xx fails the scenario.
    statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    if (performance.now() < measureFrom) return;
    if (count === latencies.length) {
      const bigger = new Float64Array(latencies.length * 2);
      bigger.set(latencies);
      latencies = bigger;
    }
    latencies[count++] = responseTime;
  });
  const result = await instance;
  const measuredSeconds = (performance.now() - measureFrom) / 1000;
  const sorted = latencies.subarray(0, count).sort();
  const at = (q) => (count === 0 ? null : round(sorted[Math.min(count - 1, Math.ceil(q * count) - 1)]));
  return {
    durationSeconds: round(measuredSeconds),
    responses: count,
    requestsPerSecond: round(count / measuredSeconds),
    latencyMs: { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1), mean: count ? round(sorted.reduce((a, b) => a + b, 0) / count) : null },
    statusCodes,
    non2xx: Object.entries(statusCodes).reduce((sum, [code, n]) => (code.startsWith('2') ? sum : sum + n), 0),
    errors: result.errors,
    timeouts: result.timeouts,
    // For a scenario measured in several rounds, whose percentiles are taken over all of them.
    ...(keepLatencies ? { latencies: Array.from(sorted) } : {}),
  };
}

function round(value) {
  return Math.round(value * 100) / 100;
}
