import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { writeEpoch } from '../../db/write-epoch.js';
import type { PlanText } from './load-plan-monitoring.js';
import { readScorecard } from './read-scorecard.js';
import { Scorecard } from './scorecard.schema.js';

type ScorecardValue = Awaited<ReturnType<typeof readScorecard>>;
interface Entry {
  key: string;
  /** When the stamp was last read, and the process's write epoch then. */
  checkedAt: number;
  checkedEpoch: number;
  value: ScorecardValue;
  /** The dashboard's JSON, encoded once: a large plan's is a few hundred kilobytes. */
  body: Buffer;
  etag: string;
  /** The body gzipped, made on the first request that accepts it and kept with the body. */
  gzipped: Buffer | null;
}

/** The body gzipped once per computed answer: compressing it on every request would cost more than the read. */
export function gzippedBody(entry: Entry): Buffer {
  entry.gzipped ??= gzipSync(entry.body, { level: 6 });
  return entry.gzipped;
}

const MAX_PLANS = 64;
// How long a stamp read from the database is trusted while this process commits nothing: a write
// made through another process shows on the dashboard within this time.
const STAMP_TRUST_MS = 1000;
// Shared by every app in the process: keys are plan ids, and the stamp comes from the plan's own database.
const entries = new Map<string, Entry>();

/**
 * The scorecard of a plan, computed once and served again while nothing it shows has changed.
 * The plan's stamp (plan_stamps, moved by triggers on every table the scorecard reads) and the
 * district's settings version are read first, in one small query; the day is part of the key
 * because statuses depend on it. A stamp just read is trusted for a second while this process
 * commits nothing (every use-case writes through inTransaction, which counts commits), so a
 * write through this process shows at once and one through another within a second.
 */
export async function readCachedScorecard(options: { db: Kysely<DB>; organizationId: string; planId: string; today: string; text?: PlanText }): Promise<Entry> {
  const { db, organizationId, planId, today } = options;
  // The public's reading of a plan under amendment differs from the team's: each is kept apart.
  const slot = options.text === 'adopted' ? `${planId}:adopted` : planId;
  const recent = entries.get(slot);
  if (recent && recent.checkedEpoch === writeEpoch() && Date.now() - recent.checkedAt < STAMP_TRUST_MS && recent.key.endsWith(`:${today}`) && recent.key.startsWith(`${organizationId}:`)) return recent;
  const epochBefore = writeEpoch();
  const checkedAt = Date.now();
  const { rows } = await sql<{ plan_stamp: string | null; settings_version: number | null }>`
    select (select stamp from plan_stamps where plan_id = ${planId}) as plan_stamp,
           (select version from monitoring_settings where organization_id = ${organizationId}) as settings_version`.execute(db);
  const key = `${organizationId}:${rows[0]?.plan_stamp ?? 0}:${rows[0]?.settings_version ?? 0}:${today}`;
  const cached = entries.get(slot);
  if (cached?.key === key) {
    const refreshed: Entry = { ...cached, checkedAt, checkedEpoch: epochBefore };
    // Most recently used last, so the oldest plan is the one let go.
    entries.delete(slot);
    entries.set(slot, refreshed);
    return refreshed;
  }
  const value = await readScorecard(options);
  const body = Buffer.from(JSON.stringify(Scorecard.parse(value)));
  const entry = { key, checkedAt, checkedEpoch: epochBefore, value, body, gzipped: null, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
  entries.delete(slot);
  entries.set(slot, entry);
  if (entries.size > MAX_PLANS) entries.delete(entries.keys().next().value!);
  return entry;
}
