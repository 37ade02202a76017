import { sql, type Kysely, type Transaction } from 'kysely';
import type { TidyRow } from '../../../core/evidence/dataset-mapping.js';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

const FLAG = { value: 0, suppressed: 1, missing: 2 } as const;

/** A text[] literal built by hand: pg's own array writer escapes element by element and was the import's hottest spot. */
function textArray(values: readonly string[]): string {
  let out = '{';
  for (let index = 0; index < values.length; index += 1) {
    if (index > 0) out += ',';
    out += `"${values[index]!.replace(/\u0000/g, '').replace(/[\\"]/g, '\\$&')}"`;
  }
  return `${out}}`;
}

function numberArray(values: readonly (number | null)[]): string {
  let out = '{';
  for (let index = 0; index < values.length; index += 1) {
    if (index > 0) out += ',';
    const value = values[index];
    out += value === null || value === undefined || !Number.isFinite(value) ? 'NULL' : String(value);
  }
  return `${out}}`;
}

/** The tidy rows of the district's imports: written in large batches, read by indicators through the dataset's current import. */
export const datasetRowsRepo = {
  /**
   * One statement per batch: the columns as arrays, unnested in the database. Measured against
   * a multi-row VALUES insert it is several times faster (one parameter per column, not per cell).
   */
  async insertBatch(db: Executor, importId: string, organizationId: string, rows: readonly TidyRow[]) {
    if (rows.length === 0) return;
    await sql`
      insert into dataset_rows (import_id, organization_id, entity_key, period, group_label, metric, value, n, flag)
      select ${importId}::uuid, ${organizationId}::uuid, e, p, g, m, v, n, f
      from unnest(${textArray(rows.map((row) => row.entityKey))}::text[], ${textArray(rows.map((row) => row.period))}::text[],
                  ${textArray(rows.map((row) => row.group))}::text[], ${textArray(rows.map((row) => row.metric))}::text[],
                  ${numberArray(rows.map((row) => row.value))}::float8[], ${numberArray(rows.map((row) => (row.n === null ? null : Math.round(row.n))))}::int[],
                  ${numberArray(rows.map((row) => FLAG[row.flag]))}::int2[]) as t(e, p, g, m, v, n, f)`.execute(db);
  },

  deleteOfImport(db: Executor, importId: string) {
    return db.deleteFrom('dataset_rows').where('import_id', '=', importId).execute();
  },

  /**
   * What a dataset's current import holds, for its summary: metrics, periods, groups and the
   * entities' statuses. A finished import's rows never change, so what it holds is read from its
   * rows once (three scans of up to a million rows) and kept; only the entities' statuses, which
   * change as schools are matched, are asked each time.
   */
  async summary(db: Executor, organizationId: string, importId: string) {
    const held = await heldByImport(db, importId);
    const [metrics, entities] = await Promise.all([
      held.metrics.length
        ? db.selectFrom('evidence_metrics').select(['key', 'label', 'unit']).where('organization_id', '=', organizationId).where('key', 'in', held.metrics).execute()
        : Promise.resolve([]),
      sql<{ status: string; count: number }>`
        select coalesce(case when e.status = 'school' and e.school_id is null then 'unmatched' else e.status end, 'unmatched') as status, count(*)::int as count
        from unnest(${held.entityKeys}::text[]) as k(entity_key)
        left join evidence_entities e on e.organization_id = ${organizationId} and e.entity_key = k.entity_key
        group by 1`.execute(db),
    ]);
    const defined = new Map(metrics.map((metric) => [metric.key, metric] as const));
    return {
      metrics: held.metrics.map((key) => ({ key, label: defined.get(key)?.label ?? null, unit: defined.get(key)?.unit ?? null })),
      periods: held.periods,
      entities: entities.rows,
      groups: held.groups,
    };
  },
};

interface HeldByImport {
  metrics: string[];
  periods: string[];
  entityKeys: string[];
  groups: string[];
}

/** The distinct values of finished imports, by import id; bounded, since only current imports are asked. */
const heldCache = new Map<string, HeldByImport>();
const HELD_CACHE_SIZE = 200;

async function heldByImport(db: Executor, importId: string): Promise<HeldByImport> {
  const cached = heldCache.get(importId);
  if (cached) return cached;
  const distinct = (column: 'metric' | 'period' | 'entity_key' | 'group_label') =>
    db.selectFrom('dataset_rows').select(column).distinct().where('import_id', '=', importId).orderBy(column).execute().then((rows) => rows.map((row) => (row as Record<string, string>)[column]!));
  const [metrics, periods, entityKeys, groups] = await Promise.all([distinct('metric'), distinct('period'), distinct('entity_key'), distinct('group_label')]);
  const held = { metrics, periods, entityKeys, groups };
  if (heldCache.size >= HELD_CACHE_SIZE) heldCache.delete(heldCache.keys().next().value!);
  heldCache.set(importId, held);
  return held;
}
