#!/usr/bin/env node
// `npm run bench`: load-tests the built Waymark server against a bare Fastify baseline, in one run on
// one machine, prints a table and writes bench/results.json. Any non-2xx answer fails the run: a
// benchmark of error responses measured the wrong thing.
//
//   BENCH_DATABASE_URL   PostgreSQL server to bench on (a scratch database is created and dropped);
//                        without it the server runs on PGlite in a temporary folder
//   BENCH_DURATION       measured seconds per scenario (default 6)
//   BENCH_WARMUP         warm-up seconds per scenario, not measured (default 3)
//   BENCH_CONNECTIONS    concurrent connections (default 50)
//   npm run bench -- NAME...   run only the scenarios whose names contain NAME (the baseline always runs)
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBaselineServer } from '../bench/lib/baseline-server.mjs';
import { startWaymarkServer } from '../bench/lib/waymark-server.mjs';
import { generateLoad } from '../bench/lib/generate-load.mjs';
import { send } from '../bench/lib/http.mjs';
import { compareToBaseline, failureOf, printTable, writeResults } from '../bench/lib/report.mjs';
import { scenarios as allScenarios } from '../bench/scenarios/index.mjs';
import { operations as allOperations } from '../bench/operations/index.mjs';
import { printOperations, timeOperations } from '../bench/lib/time-operations.mjs';
import { auditPublicPages } from '../bench/lib/public-page-audit.mjs';
import { printAudits } from '../bench/lib/audit-pages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const settings = {
  connections: positiveNumber('BENCH_CONNECTIONS', 50),
  durationSeconds: positiveNumber('BENCH_DURATION', 6),
  warmupSeconds: positiveNumber('BENCH_WARMUP', 3, { allowZero: true }),
};
const filters = process.argv.slice(2).map((f) => f.toLowerCase());
const operations = allOperations.filter((o) => filters.length === 0 || filters.some((f) => o.name.toLowerCase().includes(f)));
const scenarios = allScenarios.filter((s) => s.server === 'baseline' || filters.length === 0 || filters.some((f) => s.name.toLowerCase().includes(f)));
if (!scenarios.some((s) => s.server === 'baseline')) throw new Error('bench/scenarios/index.mjs must list the baseline scenario');

const databaseServerUrl = process.env.BENCH_DATABASE_URL || undefined;
// Two cores leave no room for a neighbour: say so when something else was already busy.
const loadAverageAtStart = Math.round(os.loadavg()[0] * 100) / 100;
if (loadAverageAtStart > 0.5) console.log(`Note: the load average is ${loadAverageAtStart} before the bench starts; other work on this machine skews the numbers.`);
console.log(`Starting the baseline and the Waymark server (${databaseServerUrl ? 'PostgreSQL' : 'PGlite'})...`);
const baseline = await startBaselineServer();
let waymark;
let ok = false;
try {
  waymark = await startWaymarkServer({ root, databaseServerUrl });
  if (!waymark.hasWebApp) console.log('Note: the web application is not built (dist/web); the API is benched without it.');
  const { stop: _stop, ...facts } = waymark;
  const context = { waymark: { ...facts, send: (request) => send(waymark.url, request) }, root, shared: {} };
  const servers = { baseline: baseline.url, waymark: waymark.url };

  const outcomes = [];
  for (const scenario of scenarios) outcomes.push(await runScenario(scenario, servers[scenario.server], context));
  const compared = compareToBaseline(outcomes);
  const timedOperations = await timeOperations(operations, { ...context, baselineUrl: baseline.url, root });
  const pageAudits = await auditPublicPages(context);

  console.log('');
  printTable(compared);
  if (timedOperations.length) {
    console.log('');
    printOperations(timedOperations);
  }
  if (pageAudits.length) {
    console.log('');
    printAudits(pageAudits);
  }
  const file = path.join(root, 'bench', 'results.json');
  ok = writeResults(
    file,
    {
      date: new Date().toISOString(),
      node: process.version,
      database: waymark.databaseKind,
      machine: {
        platform: `${os.platform()} ${os.arch()}`,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        loadAverageAtStart,
      },
      webAppBuilt: waymark.hasWebApp,
      ...settings,
      pageAudits,
    },
    compared,
    timedOperations,
  );
  console.log(`\nWrote ${path.relative(root, file)} (database: ${waymark.databaseKind}, node ${process.version}).`);
  for (const outcome of compared) {
    const failure = failureOf(outcome);
    if (failure) console.error(`FAILED ${outcome.name}: ${failure}`);
  }
  for (const operation of timedOperations) {
    if (operation.error) console.error(`FAILED ${operation.name}: ${operation.error}`);
    else if (!operation.withinBudget) console.error(`OVER BUDGET ${operation.name}: p95 ${operation.ms.p95} ms > ${operation.budgetMs} ms`);
  }
  for (const audit of pageAudits.filter((a) => !a.meetsTarget)) console.error(`BELOW TARGET ${audit.name}: performance ${audit.performance}, accessibility ${audit.accessibility}`);
  ok = ok && timedOperations.every((o) => !o.error && o.withinBudget) && pageAudits.every((a) => a.meetsTarget);
  if (!ok) console.error('A scenario failed (non-2xx answers, connection errors or no answers): the bench measured the wrong thing.');
} finally {
  await waymark?.stop();
  await baseline.stop();
}
process.exit(ok ? 0 : 1);

/**
 * One scenario: a single checked request first (so a 4xx is caught with its body), then the warm-up
 * and the measured window on the same connections. One more request afterwards waits in line behind
 * the requests the load generator abandoned when it stopped, so their work is not billed to the next
 * scenario (and shows the server still answers).
 *
 * A scenario with a yardstick of its own (a bare route doing the same work) is measured against it
 * in four rounds, yardstick, scenario, scenario, yardstick, so that a machine growing busier or a
 * table growing larger during the run weighs on both sides alike; each side's figures are over its
 * two rounds.
 */
async function runScenario(scenario, baseUrl, context) {
  const { name, description, server } = scenario;
  const notes = {};
  let yardstick = null;
  try {
    const scenarioContext = { ...context, note: (label, value) => (notes[label] = value) };
    const request = await scenario.request(scenarioContext);
    const target = request.baseUrl ?? baseUrl;
    await send(target, request);
    // A scenario may name its own number of readers (the dashboard target is for 20) and a p95 target in ms.
    const connections = scenario.connections ?? settings.connections;
    const base = { name, description, server, connections, targetP95Ms: scenario.targetP95Ms ?? null, notes };
    if (!scenario.yardstick) {
      console.log(`${name}: ${settings.warmupSeconds} s warm-up, ${settings.durationSeconds} s measured, ${connections} connections`);
      const result = await generateLoad({ baseUrl: target, request, ...settings, connections });
      await send(target, request);
      return { ...base, result };
    }
    yardstick = await scenario.yardstick(scenarioContext);
    await send(yardstick.request.baseUrl, yardstick.request);
    console.log(`${name}: against "${yardstick.name}", 4 rounds of ${settings.warmupSeconds} s warm-up and ${settings.durationSeconds} s measured, ${connections} connections`);
    const rounds = { yardstick: [], scenario: [] };
    // Both servers run in this process (the load in a child): its CPU time per answer is a figure a
    // busy neighbour on the machine disturbs far less than the throughput.
    const cpu = { yardstick: { ms: 0, answers: 0 }, scenario: { ms: 0, answers: 0 } };
    for (const side of ['yardstick', 'scenario', 'scenario', 'yardstick']) {
      const sideRequest = side === 'yardstick' ? yardstick.request : request;
      const sideUrl = sideRequest.baseUrl ?? target;
      const before = process.cpuUsage();
      const round = await generateLoad({ baseUrl: sideUrl, request: sideRequest, ...settings, connections, keepLatencies: true });
      const used = process.cpuUsage(before);
      cpu[side].ms += (used.user + used.system) / 1000;
      cpu[side].answers += Object.values(round.statusCodes).reduce((sum, n) => sum + n, 0);
      rounds[side].push(round);
      await send(sideUrl, sideRequest);
    }
    const result = mergeRounds(rounds.scenario);
    const yardstickResult = mergeRounds(rounds.yardstick);
    const perAnswer = (side) => Math.round((cpu[side].ms / cpu[side].answers) * 1000);
    notes['server CPU per answer in this process (µs), itself and its yardstick'] = `${perAnswer('scenario')} and ${perAnswer('yardstick')} (ratio ${(perAnswer('yardstick') / perAnswer('scenario')).toFixed(3)})`;
    return {
      ...base,
      result,
      yardstick: { name: yardstick.name, description: yardstick.description, result: yardstickResult, roundsPerSecond: rounds.yardstick.map((r) => r.requestsPerSecond) },
      roundsPerSecond: rounds.scenario.map((r) => r.requestsPerSecond),
      yardstickRatio: Math.round((result.requestsPerSecond / yardstickResult.requestsPerSecond) * 1000) / 1000,
      targetRatio: scenario.targetRatio ?? null,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${name}: ${message}`);
    return { name, description, server, error: message, notes };
  } finally {
    await yardstick?.stop?.();
  }
}

/** One side's rounds as one result: throughput over all measured seconds, percentiles over all answers. */
function mergeRounds(results) {
  const latencies = results.flatMap((r) => r.latencies ?? []).sort((a, b) => a - b);
  const at = (q) => (latencies.length === 0 ? null : latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)]);
  const sum = (pick) => results.reduce((total, r) => total + pick(r), 0);
  const statusCodes = {};
  for (const r of results) for (const [code, n] of Object.entries(r.statusCodes)) statusCodes[code] = (statusCodes[code] ?? 0) + n;
  const durationSeconds = sum((r) => r.durationSeconds);
  const round = (n) => (n == null ? null : Math.round(n * 100) / 100);
  return {
    durationSeconds: round(durationSeconds),
    responses: sum((r) => r.responses),
    requestsPerSecond: round(sum((r) => r.responses) / durationSeconds),
    latencyMs: { p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(at(1)), mean: latencies.length ? round(latencies.reduce((a, b) => a + b, 0) / latencies.length) : null },
    statusCodes,
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
  };
}

function positiveNumber(variable, fallback, { allowZero = false } = {}) {
  const text = process.env[variable];
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (value === 0 && !allowZero)) throw new Error(`${variable} must be a positive number, got "${text}"`);
  return value;
}
