import { writeFileSync } from 'node:fs';

/**
 * @typedef {{ name: string; description: string; server: string; error?: string;
 *   result?: import('./generate-load.mjs').LoadResult; throughputRatio?: number | null; p95Ratio?: number | null;
 *   connections?: number; targetP95Ms?: number | null; notes?: Record<string, string | number>;
 *   yardstick?: { name: string; description: string; result: import('./generate-load.mjs').LoadResult; throughputRatio?: number | null; p95Ratio?: number | null };
 *   yardstickRatio?: number; targetRatio?: number | null }} ScenarioOutcome
 */

/** Why a scenario's numbers cannot be trusted, or null when they can. */
export function failureOf(/** @type {ScenarioOutcome} */ outcome) {
  if (outcome.error) return outcome.error;
  const result = outcome.result;
  if (!result || result.responses === 0) return 'no responses';
  const problems = [];
  const answersOf = (r, prefix = '') => {
    if (r.non2xx > 0) {
      const codes = Object.entries(r.statusCodes).filter(([code]) => !code.startsWith('2')).map(([code, n]) => `${n} × ${code}`);
      problems.push(`${prefix}${r.non2xx} non-2xx responses (${codes.join(', ')})`);
    }
    if (r.errors > 0) problems.push(`${prefix}${r.errors} connection errors (${r.timeouts} timeouts)`);
  };
  answersOf(result);
  if (outcome.yardstick) {
    if (outcome.yardstick.result.responses === 0) problems.push('its yardstick gave no responses');
    answersOf(outcome.yardstick.result, 'yardstick: ');
    if (outcome.targetRatio != null && outcome.yardstickRatio != null && outcome.yardstickRatio < outcome.targetRatio) {
      problems.push(`${outcome.yardstickRatio} of its yardstick's throughput is under the ${outcome.targetRatio} target`);
    }
  }
  if (outcome.targetP95Ms != null && result.latencyMs.p95 != null && result.latencyMs.p95 > outcome.targetP95Ms) problems.push(`p95 ${result.latencyMs.p95} ms is over the ${outcome.targetP95Ms} ms target`);
  return problems.length ? problems.join('; ') : null;
}

/** Adds each scenario's throughput and p95 as ratios to the baseline's. */
export function compareToBaseline(/** @type {ScenarioOutcome[]} */ outcomes) {
  const baseline = outcomes.find((o) => o.server === 'baseline')?.result;
  const ratio = (a, b) => (a != null && b ? Math.round((a / b) * 1000) / 1000 : null);
  const withRatios = (o) => ({
    ...o,
    throughputRatio: ratio(o.result?.requestsPerSecond, baseline?.requestsPerSecond),
    p95Ratio: ratio(o.result?.latencyMs.p95, baseline?.latencyMs.p95),
  });
  return outcomes.map((o) => ({ ...withRatios(o), ...(o.yardstick ? { yardstick: withRatios(o.yardstick) } : {}) }));
}

export function printTable(/** @type {ScenarioOutcome[]} */ outcomes) {
  const header = ['scenario', 'conns', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx/errors', 'req/s ÷ base', 'p95 ÷ base', 'p95 target', 'req/s ÷ yardstick'];
  // A scenario's own yardstick is listed just above it.
  const listed = outcomes.flatMap((o) => (o.yardstick ? [{ ...o.yardstick, connections: o.connections, isYardstick: true }, o] : [o]));
  const rows = listed.map((o) => {
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
      o.isYardstick ? '(yardstick)' : o.yardstickRatio == null ? '-' : `${o.yardstickRatio.toFixed(3)}${o.targetRatio == null ? '' : ` ${o.yardstickRatio >= o.targetRatio ? 'met' : 'MISSED'} (>= ${o.targetRatio})`}`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  for (const o of outcomes) for (const [label, value] of Object.entries(o.notes ?? {})) console.log(`${o.name}: ${label}: ${value}`);
}

/** bench/results.json: everything needed to compare this run with another, machine-readable. */
export function writeResults(file, /** @type {object} */ run, /** @type {ScenarioOutcome[]} */ outcomes, /** @type {object[]} */ operations = []) {
  const scenarios = outcomes.map((o) => ({ ...o, failure: failureOf(o) }));
  const ok = scenarios.every((s) => s.failure === null);
  writeFileSync(file, JSON.stringify({ ...run, ok, scenarios, operations }, null, 2) + '\n');
  return ok;
}
