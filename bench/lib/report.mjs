import { writeFileSync } from 'node:fs';

/**
 * @typedef {{ name: string; description: string; server: string; error?: string;
 *   result?: import('./generate-load.mjs').LoadResult; throughputRatio?: number | null; p95Ratio?: number | null;
 *   connections?: number; targetP95Ms?: number | null }} ScenarioOutcome
 */

/** Why a scenario's numbers cannot be trusted, or null when they can. */
export function failureOf(/** @type {ScenarioOutcome} */ outcome) {
  if (outcome.error) return outcome.error;
  const result = outcome.result;
  if (!result || result.responses === 0) return 'no responses';
  const problems = [];
  if (result.non2xx > 0) {
    const codes = Object.entries(result.statusCodes).filter(([code]) => !code.startsWith('2')).map(([code, n]) => `${n} × ${code}`);
    problems.push(`${result.non2xx} non-2xx responses (${codes.join(', ')})`);
  }
  if (result.errors > 0) problems.push(`${result.errors} connection errors (${result.timeouts} timeouts)`);
  if (outcome.targetP95Ms != null && result.latencyMs.p95 != null && result.latencyMs.p95 > outcome.targetP95Ms) problems.push(`p95 ${result.latencyMs.p95} ms is over the ${outcome.targetP95Ms} ms target`);
  return problems.length ? problems.join('; ') : null;
}

/** Adds each scenario's throughput and p95 as ratios to the baseline's. */
export function compareToBaseline(/** @type {ScenarioOutcome[]} */ outcomes) {
  const baseline = outcomes.find((o) => o.server === 'baseline')?.result;
  const ratio = (a, b) => (a != null && b ? Math.round((a / b) * 1000) / 1000 : null);
  return outcomes.map((o) => ({
    ...o,
    throughputRatio: ratio(o.result?.requestsPerSecond, baseline?.requestsPerSecond),
    p95Ratio: ratio(o.result?.latencyMs.p95, baseline?.latencyMs.p95),
  }));
}

export function printTable(/** @type {ScenarioOutcome[]} */ outcomes) {
  const header = ['scenario', 'conns', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx/errors', 'req/s ÷ base', 'p95 ÷ base', 'p95 target'];
  const rows = outcomes.map((o) => {
    const r = o.result;
    const fmt = (n, digits = 1) => (n == null ? '-' : n.toFixed(digits));
    return [
      o.name,
      o.connections == null ? '-' : String(o.connections),
      r ? fmt(r.requestsPerSecond, 0) : '-',
      fmt(r?.latencyMs.p50),
      fmt(r?.latencyMs.p95),
      fmt(r?.latencyMs.p99),
      r ? `${r.non2xx}/${r.errors}` : 'failed',
      o.throughputRatio == null ? '-' : o.throughputRatio.toFixed(3),
      o.p95Ratio == null ? '-' : o.p95Ratio.toFixed(1),
      o.targetP95Ms == null ? '-' : `${r?.latencyMs.p95 != null && r.latencyMs.p95 <= o.targetP95Ms ? 'met' : 'MISSED'} (< ${o.targetP95Ms})`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** bench/results.json: everything needed to compare this run with another, machine-readable. */
export function writeResults(file, /** @type {object} */ run, /** @type {ScenarioOutcome[]} */ outcomes, /** @type {object[]} */ operations = []) {
  const scenarios = outcomes.map((o) => ({ ...o, failure: failureOf(o) }));
  const ok = scenarios.every((s) => s.failure === null);
  writeFileSync(file, JSON.stringify({ ...run, ok, scenarios, operations }, null, 2) + '\n');
  return ok;
}
