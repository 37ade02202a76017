import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * For indicator and measure-feed tests: a dataset whose import finished ('done', current, status
 * 'ready') with tidy rows written straight into dataset_rows, its schools and district entities
 * and its metric, as a finished import leaves them, without going through the import itself.
 */

export interface KitEntity {
  key: string;
  name: string;
  status: 'school' | 'district' | 'unmatched' | 'ignored';
  schoolId?: string | null;
}

export interface KitRow {
  entity: string;
  period: string;
  group: string;
  value: number | null;
  n?: number | null;
  /** 0 a value, 1 suppressed in the file, 2 missing; 1 when value is null and nothing said. */
  flag?: 0 | 1 | 2;
  metric?: string;
}

export interface KitMetric {
  key: string;
  label: string;
  unit?: 'percent' | 'count' | 'rate' | 'number';
  higherIsBetter?: boolean | null;
}

/** Adds schools to a district; their ids in the order given. */
export async function addSchools(db: Kysely<DB>, organizationId: string, schools: readonly { name: string; code?: string }[]): Promise<string[]> {
  const rows = await db
    .insertInto('schools')
    .values(schools.map((school) => ({ organization_id: organizationId, name: school.name, code: school.code ?? null })))
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** A ready dataset with its current import and these rows; returns their ids. */
export async function insertEvidenceDataset(
  db: Kysely<DB>,
  options: { organizationId: string; name?: string; metric: KitMetric; entities: readonly KitEntity[]; rows: readonly KitRow[]; status?: 'ready' | 'importing' },
): Promise<{ datasetId: string; importId: string }> {
  const { organizationId, metric } = options;
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('evidence_metrics')
      .values({ organization_id: organizationId, key: metric.key, label: metric.label, unit: metric.unit ?? 'percent', higher_is_better: metric.higherIsBetter ?? true })
      .onConflict((oc) => oc.columns(['organization_id', 'key']).doNothing())
      .execute();
    for (const entity of options.entities) {
      await trx
        .insertInto('evidence_entities')
        .values({ organization_id: organizationId, entity_key: entity.key, name: entity.name, code: null, status: entity.status, school_id: entity.schoolId ?? null })
        .onConflict((oc) => oc.columns(['organization_id', 'entity_key']).doUpdateSet({ status: entity.status, school_id: entity.schoolId ?? null }))
        .execute();
    }
    const dataset = await trx
      .insertInto('datasets')
      .values({ organization_id: organizationId, name: options.name ?? `${metric.label} data`, status: options.status ?? 'ready' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const datasetImport = await trx
      .insertInto('dataset_imports')
      .values({ dataset_id: dataset.id, organization_id: organizationId, status: 'done', file_name: 'data.csv', content_type: 'text/csv', size_bytes: 1, loaded_by_label: 'test kit', finished_at: sql`now()` })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.updateTable('datasets').set({ current_import_id: datasetImport.id }).where('id', '=', dataset.id).execute();
    for (let start = 0; start < options.rows.length; start += 1000) {
      await trx
        .insertInto('dataset_rows')
        .values(
          options.rows.slice(start, start + 1000).map((row) => ({
            import_id: datasetImport.id,
            organization_id: organizationId,
            entity_key: row.entity,
            period: row.period,
            group_label: row.group,
            metric: row.metric ?? metric.key,
            value: row.value,
            n: row.n ?? null,
            flag: row.flag ?? (row.value === null ? 1 : 0),
          })),
        )
        .execute();
    }
    return { datasetId: dataset.id, importId: datasetImport.id };
  });
}
