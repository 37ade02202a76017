import { performance } from 'node:perf_hooks';

const RUNS = 7;

/**
 * Runs each operation and its baseline alternately, RUNS times after one warm-up each, and
 * reports medians, p95 and the ratio of the medians. Alternating keeps a slow moment of the
 * machine from landing on one side only.
 */
export async function timeOperations(operations, context) {
  const results = [];
  for (const operation of operations) {
    try {
      const { run, baseline, measured, close } = await operation.prepare(context);
      const runs = [];
      const baselines = [];
      try {
        await run();
        await baseline();
        for (let i = 0; i < RUNS; i++) {
          const runMs = await timed(run);
          const baselineMs = await timed(baseline);
          // An operation may report its own figure (a measure taken inside the browser) instead of wall time.
          const own = measured?.();
          runs.push(own ? own.run : runMs);
          baselines.push(own ? own.baseline : baselineMs);
        }
      } finally {
        await close?.();
      }
      const stats = summarize(runs);
      const base = summarize(baselines);
      results.push({
        name: operation.name,
        description: operation.description,
        budgetMs: operation.budgetMs,
        runs: RUNS,
        ms: stats,
        baselineMs: base,
        ratio: Math.round((stats.median / base.median) * 10) / 10,
        withinBudget: stats.p95 <= operation.budgetMs,
      });
      console.log(`${operation.name}: median ${stats.median} ms (budget ${operation.budgetMs} ms), baseline ${base.median} ms`);
    } catch (error) {
      results.push({ name: operation.name, description: operation.description, error: error instanceof Error ? error.message : String(error) });
      console.error(`${operation.name}: ${error instanceof Error ? error.message : error}`);
    }
  }
  return results;
}

async function timed(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const round = (n) => Math.round(n * 10) / 10;
  return { median: round(at(0.5)), p95: round(at(0.95)), min: round(sorted[0]), max: round(sorted[sorted.length - 1]) };
}

export function printOperations(results) {
  const header = ['operation', 'median ms', 'p95 ms', 'baseline ms', 'ratio', 'budget ms', 'within'];
  const rows = results.map((r) =>
    r.error ? [r.name, 'error', '', '', '', '', 'no'] : [r.name, String(r.ms.median), String(r.ms.p95), String(r.baselineMs.median), String(r.ratio), String(r.budgetMs), r.withinBudget ? 'yes' : 'NO'],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
