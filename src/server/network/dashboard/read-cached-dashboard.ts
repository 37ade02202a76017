import { gzipSync } from 'node:zlib';
import { writeEpoch } from '../../db/write-epoch.js';
import { CohortDashboard } from './dashboard.schema.js';
import { readCohortDashboard } from './read-cohort-dashboard.js';

interface Entry {
  /** When it was computed, and the process's write epoch then. */
  computedAt: number;
  epoch: number;
  /** The dashboard's JSON, encoded once (60 districts' deliverables make a hundred kilobytes or more). */
  body: Buffer;
  gzipped: Buffer | null;
}

const MAX_ENTRIES = 64;
// How long an answer is served as it is while this process commits nothing.
const TRUST_MS = 1000;
// Past TRUST_MS and up to this age, the answer is served while one fresh computation runs beside it,
// so a write through another process (a second server on the same PostgreSQL) shows within a few seconds.
const STALE_MS = 5000;
// Shared by every app in the process; the key names the network, cohort, reader's scope, filters, language and day.
const entries = new Map<string, Entry>();
// One computation per view and write epoch at a time: ten readers arriving together wait for the same one.
const inFlight = new Map<string, Promise<Entry>>();

/** The body gzipped once per computed answer, kept with it. */
export function gzippedDashboard(entry: Entry): Buffer {
  entry.gzipped ??= gzipSync(entry.body, { level: 6 });
  return entry.gzipped;
}

/**
 * The cohort dashboard, computed about once a second per reader's view while this process commits
 * nothing. A cohort reads sixty districts' cycles, and ten people watching it at once would
 * otherwise read them ten times over; any write through this process (every use-case commits
 * through inTransaction, which counts commits) makes the next read wait for a fresh computation,
 * so an approval shows at once. A network's coach sees their own districts, so their view is kept apart.
 */
export async function readCachedDashboard(options: Parameters<typeof readCohortDashboard>[0]): Promise<Entry> {
  const { networkId, cohortId, reader, filters, today, language } = options;
  const scope = reader.role === 'coach' ? `coach:${reader.userId}` : 'all';
  const key = [networkId, cohortId, scope, filters.providerId ?? '', filters.coachId ?? '', language, today].join(':');
  const recent = entries.get(key);
  if (recent && recent.epoch === writeEpoch()) {
    const age = Date.now() - recent.computedAt;
    if (age < TRUST_MS) return recent;
    if (age < STALE_MS) {
      computeOnce(key, options).catch(() => undefined);
      return recent;
    }
  }
  return computeOnce(key, options);
}

function computeOnce(key: string, options: Parameters<typeof readCohortDashboard>[0]): Promise<Entry> {
  const epoch = writeEpoch();
  const flight = `${key}@${epoch}`;
  let pending = inFlight.get(flight);
  if (!pending) {
    pending = (async () => {
      const computedAt = Date.now();
      const value = await readCohortDashboard(options);
      const entry: Entry = { computedAt, epoch, body: Buffer.from(JSON.stringify(CohortDashboard.parse(value))), gzipped: null };
      entries.delete(key);
      entries.set(key, entry);
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      return entry;
    })().finally(() => inFlight.delete(flight));
    inFlight.set(flight, pending);
  }
  return pending;
}
