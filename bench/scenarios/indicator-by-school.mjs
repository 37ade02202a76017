const ROWS = 1_000_000;
const SCHOOLS = 500;
const PERIODS = ['2016-17', '2017-18', '2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24'];
// All students, then groups as state files write them (two spellings of Hispanic combine into one group).
const GROUPS = [
  'All Students', 'Female', 'Male', 'Hispanic', 'Hispanic/Latino', 'Black', 'White', 'Asian', 'Two or More Races', 'American Indian',
  'Pacific Islander', 'English Learners', 'Not English Learners', 'Students with Disabilities', 'Students without Disabilities',
  'Economically Disadvantaged', 'Not Economically Disadvantaged', 'Homeless', 'Migrant', 'Foster Care', 'Military Connected',
  'Grade 3', 'Grade 4', 'Grade 5', 'Grade 6',
];
const METRICS = ROWS / (SCHOOLS * PERIODS.length * GROUPS.length);
const CALLS = 20;

/**
 * The issue's indicator target: one district with 1,000,000 tidy rows (500 schools x 8 school
 * years x 25 student groups x 10 metrics) inserted straight into dataset_rows by one statement
 * (generate_series), not through the import; then GET /api/districts/{id}/indicators/{metric}
 * ?by=school for the latest year, which combines the rows in the database (n-weighted, the
 * district as its schools together since the file has no district row), finds each school's
 * previous year for the change, and hides small schools with complementary suppression. The
 * first read also lists the metric's labels and periods (a scan of its 100,000 rows), kept after
 * for as long as the same imports are current; it is timed on its own. Some
 * schools are small (n from 5), so the privacy rule has work to do. Twenty calls one after
 * another are timed on their own (median and p95, the issue's "under 500 ms") and reported
 * beside the table; the measured window then runs one reader at a time against the same target.
 */
/** @type {import('./index.mjs').Scenario} */
export default {
  name: 'indicator by school (1,000,000 rows)',
  description: 'GET /api/districts/{id}/indicators/{metric}?by=school&period=2023-24: 500 schools, 1,000,000 tidy rows',
  server: 'waymark',
  connections: 1,
  targetP95Ms: 500,
  async request({ waymark, note }) {
    const started = performance.now();
    await seedTidyRows(waymark.pool, waymark.organizationId);
    note(`seeding ${ROWS.toLocaleString('en-US')} tidy rows in one INSERT (and ANALYZE)`, `${Math.round(performance.now() - started)} ms`);
    const period = PERIODS.at(-1);
    const request = { method: 'GET', path: `/api/districts/${waymark.organizationId}/indicators/bench_m0?by=school&period=${period}`, headers: { authorization: `Bearer ${waymark.apiToken}`, 'accept-encoding': 'gzip' } };
    const coldStart = performance.now();
    const { json: first } = await waymark.send(request);
    note('first read (the metric\'s labels and periods not yet kept)', `${Math.round(performance.now() - coldStart)} ms`);
    if (first.cells?.length !== SCHOOLS) throw new Error(`the indicator listed ${JSON.stringify(first.cells?.length)} schools, not ${SCHOOLS}`);
    const hidden = first.cells.filter((cell) => cell.suppressed).length;
    note('schools hidden by the privacy rule (small or complementary)', hidden);
    const times = [];
    for (let call = 0; call < CALLS; call++) {
      const start = performance.now();
      await waymark.send(request);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    note(`${CALLS} calls one after another: median`, `${Math.round(times[Math.floor(CALLS / 2)])} ms`);
    note(`${CALLS} calls one after another: p95`, `${Math.round(times[Math.ceil(CALLS * 0.95) - 1])} ms`);
    return request;
  },
};

/** Schools, their entities, the metrics, one ready dataset with a finished import, and its rows. */
async function seedTidyRows(pool, organizationId) {
  const list = (values) => `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;
  await pool.query(
    `insert into schools (organization_id, name, code) select $1, 'Bench school ' || lpad(s::text, 3, '0'), 'BS' || s from generate_series(0, ${SCHOOLS - 1}) s`,
    [organizationId],
  );
  await pool.query(
    `insert into evidence_entities (organization_id, entity_key, name, code, status, school_id)
     select $1, code, name, code, 'school', id from schools where organization_id = $1 and code like 'BS%'`,
    [organizationId],
  );
  await pool.query(
    `insert into evidence_metrics (organization_id, key, label, unit, higher_is_better)
     select $1, 'bench_m' || m, 'Bench metric ' || m, 'percent', true from generate_series(0, ${METRICS - 1}) m`,
    [organizationId],
  );
  const { rows: [dataset] } = await pool.query(`insert into datasets (organization_id, name, status) values ($1, 'Bench state file', 'ready') returning id`, [organizationId]);
  const { rows: [run] } = await pool.query(
    `insert into dataset_imports (dataset_id, organization_id, status, file_name, content_type, size_bytes, loaded_by_label, finished_at)
     values ($1, $2, 'done', 'bench.csv', 'text/csv', 1, 'bench', now()) returning id`,
    [dataset.id, organizationId],
  );
  await pool.query(`update datasets set current_import_id = $1 where id = $2`, [run.id, dataset.id]);
  // Row g: school g % 500, then period, then group, then metric; values and n spread by primes.
  await pool.query(
    `insert into dataset_rows (import_id, organization_id, entity_key, period, group_label, metric, value, n, flag)
     select $1, $2, 'BS' || (g % ${SCHOOLS}),
       (${list(PERIODS)})[1 + (g / ${SCHOOLS}) % ${PERIODS.length}],
       (${list(GROUPS)})[1 + (g / ${SCHOOLS * PERIODS.length}) % ${GROUPS.length}],
       'bench_m' || (g / ${SCHOOLS * PERIODS.length * GROUPS.length}),
       case when g % 97 = 0 then null else ((g * 37) % 1000) / 10.0 end,
       case when g % 97 = 0 then null else 5 + (g * 13) % 400 end,
       case when g % 97 = 0 then 1 else 0 end
     from generate_series(0, ${ROWS - 1}) g`,
    [run.id, organizationId],
  );
  await pool.query('analyze dataset_rows');
  await pool.query('analyze evidence_entities');
}
