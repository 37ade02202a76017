import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** One combined cell: a school's (school_id) or the district's own rows, or all schools together (combined). */
export interface AggregateRow {
  entity: 'school' | 'district';
  school_id: string | null;
  /** True for the combination of every school's rows (the district when its file has no district row). */
  combined: boolean;
  group_key: string;
  period: string;
  value: number | null;
  n: number | null;
  value_rows: number;
  suppressed_rows: number;
}

// Only the rows of each ready dataset's current import; entities the district matched to one of
// its schools, or marked as the district itself.
const currentImports = (organizationId: string) => sql`
  select current_import_id as import_id from datasets
  where organization_id = ${organizationId} and status = 'ready' and current_import_id is not null`;

export const indicatorsRepo = {
  metric(db: Executor, organizationId: string, key: string) {
    return db.selectFrom('evidence_metrics').select(['key', 'label', 'unit', 'higher_is_better']).where('organization_id', '=', organizationId).where('key', '=', key).executeTakeFirst();
  },

  listMetrics(db: Executor, organizationId: string) {
    return db.selectFrom('evidence_metrics').select(['key', 'label', 'unit', 'higher_is_better']).where('organization_id', '=', organizationId).orderBy('label').orderBy('key').execute();
  },

  /** Per metric: its periods, the group labels its rows use, and how many of the district's schools have rows. */
  async metricCoverage(db: Executor, organizationId: string) {
    const result = await sql<{ metric: string; periods: string[]; labels: string[]; schools: number }>`
      with current_imports as (${currentImports(organizationId)})
      select r.metric, array_agg(distinct r.period) as periods, array_agg(distinct r.group_label) as labels,
        count(distinct e.school_id) filter (where e.status = 'school')::int as schools
      from dataset_rows r
      join current_imports c on c.import_id = r.import_id
      left join evidence_entities e on e.organization_id = r.organization_id and e.entity_key = r.entity_key
      where r.organization_id = ${organizationId}
      group by r.metric`.execute(db);
    return result.rows;
  },

  /** The current import of each ready dataset: the rows indicators read, and what a cache of them is keyed by. */
  async currentImportIds(db: Executor, organizationId: string): Promise<string[]> {
    const result = await sql<{ import_id: string }>`${currentImports(organizationId)} order by current_import_id`.execute(db);
    return result.rows.map((row) => row.import_id);
  },

  /** The group labels the metric's rows in these imports use, with their periods (few: read before the big query). */
  async labelsAndPeriods(db: Executor, organizationId: string, metric: string, importIds: readonly string[]) {
    if (importIds.length === 0) return [];
    const result = await sql<{ group_label: string; period: string }>`
      select distinct r.group_label, r.period
      from dataset_rows r
      where r.organization_id = ${organizationId} and r.metric = ${metric} and r.import_id = any(${[...importIds]}::uuid[])`.execute(db);
    return result.rows;
  },

  mappedGroupLabels(db: Executor, organizationId: string) {
    return db.selectFrom('evidence_group_labels').select(['label', 'group_key']).where('organization_id', '=', organizationId).execute();
  },

  schools(db: Executor, organizationId: string) {
    return db.selectFrom('schools').select(['id', 'name', 'code']).where('organization_id', '=', organizationId).orderBy('name').execute();
  },

  /**
   * The metric's rows combined per entity, group and period, in the database: n-weighted
   * (sum(value x n) / sum(n)) when every row with a value has its n, else the plain mean; n is
   * the sum of n then, else unknown. Labels are grouped by the key they resolve to, so
   * "Hispanic" and "Hispanic/Latino" rows combine. Besides each school (only `schoolId` when
   * given) and the district's own rows, one more row per group and period combines every
   * school: the district's value when its file has no district row.
   */
  async aggregate(db: Executor, options: { organizationId: string; metric: string; labels: readonly string[]; groupKeys: readonly string[]; periods: readonly string[] | null; schoolId: string | null }) {
    const { organizationId, metric, periods, schoolId } = options;
    if (options.labels.length === 0) return [];
    const result = await sql<AggregateRow>`
      with current_imports as (${currentImports(organizationId)}),
      labels as (select * from unnest(${[...options.labels]}::text[], ${[...options.groupKeys]}::text[]) as l(label, group_key)),
      tidy as (
        select e.status as entity, e.school_id, l.group_key, r.period, r.value, r.n, r.flag
        from dataset_rows r
        join current_imports c on c.import_id = r.import_id
        join evidence_entities e on e.organization_id = r.organization_id and e.entity_key = r.entity_key
        join labels l on l.label = r.group_label
        where r.organization_id = ${organizationId} and r.metric = ${metric}
          ${periods ? sql`and r.period = any(${[...periods]}::text[])` : sql``}
          and (e.status = 'district' or (e.status = 'school' and e.school_id is not null))
      )
      select entity, school_id, grouping(school_id) = 1 as combined, group_key, period,
        case
          when count(*) filter (where flag = 0 and value is not null and n is null) = 0 and sum(n) filter (where flag = 0 and value is not null) > 0
            then sum(value * n) filter (where flag = 0 and value is not null) / sum(n) filter (where flag = 0 and value is not null)
          else avg(value) filter (where flag = 0 and value is not null)
        end as value,
        case when count(*) filter (where flag = 0 and value is not null and n is null) = 0 then sum(n) filter (where flag = 0 and value is not null) end::int as n,
        (count(*) filter (where flag = 0 and value is not null))::int as value_rows,
        (count(*) filter (where flag = 1))::int as suppressed_rows
      from tidy
      group by grouping sets ((entity, school_id, group_key, period), (entity, group_key, period))
      having (grouping(school_id) = 1 and entity = 'school')
        or (grouping(school_id) = 0 and entity = 'district')
        or (grouping(school_id) = 0 ${schoolId ? sql`and school_id = ${schoolId}` : sql``})`.execute(db);
    return result.rows;
  },
};
