import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { readScorecard } from './read-scorecard.js';
import { Scorecard } from './scorecard.schema.js';

type ScorecardValue = Awaited<ReturnType<typeof readScorecard>>;
interface Entry {
  key: string;
  value: ScorecardValue;
  json: string;
}

const MAX_PLANS = 64;
// Shared by every app in the process: keys are plan ids, and the stamp comes from the plan's own database.
const entries = new Map<string, Entry>();

/**
 * The scorecard of a plan, computed once and served again while nothing it shows has changed.
 * The plan's stamp (plan_stamps, moved by triggers on every table the scorecard reads) and the
 * district's settings version are read first, in one small query; the day is part of the key
 * because statuses depend on it. Any process sharing the database sees the same stamps, so a
 * write through one process is never hidden by another's cache.
 */
export async function readCachedScorecard(options: { db: Kysely<DB>; organizationId: string; planId: string; today: string }): Promise<Entry> {
  const { db, organizationId, planId, today } = options;
  const { rows } = await sql<{ plan_stamp: string | null; settings_version: number | null }>`
    select (select stamp from plan_stamps where plan_id = ${planId}) as plan_stamp,
           (select version from monitoring_settings where organization_id = ${organizationId}) as settings_version`.execute(db);
  const key = `${organizationId}:${rows[0]?.plan_stamp ?? 0}:${rows[0]?.settings_version ?? 0}:${today}`;
  const cached = entries.get(planId);
  if (cached?.key === key) {
    // Most recently used last, so the oldest plan is the one let go.
    entries.delete(planId);
    entries.set(planId, cached);
    return cached;
  }
  const value = await readScorecard(options);
  const entry = { key, value, json: JSON.stringify(Scorecard.parse(value)) };
  entries.delete(planId);
  entries.set(planId, entry);
  if (entries.size > MAX_PLANS) entries.delete(entries.keys().next().value!);
  return entry;
}
