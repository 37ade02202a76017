import { largePlanDocument } from '../operations/large-plan.mjs';
import { jsonRequest } from '../lib/http.mjs';

const DISTRICTS = 60;
const COACHES = 6;
const TEMPLATE = 'louisiana-strong-school-systems';

/**
 * The issue's cohort target: GET /api/cohorts/{id}/dashboard of a cohort of 60 districts, each with
 * a full Louisiana cycle and a plan, 10 concurrent readers, p95 under 100 ms. Seeded through the API
 * where the API can: the network's cohort (ten weeks in, so the timeline expects the second phase),
 * two providers, each district added to the network and invited, matched to a provider, signing
 * its notice of intent and letter of commitment, enrolling (which starts its cycle from the cohort's
 * template) and importing a plan of its own. Three things go straight into the database, since no
 * route does them for a bench: the network itself and the bench administrator's seat in it and in
 * each district (first-run setup makes one district only), the coaches' accounts and assignments,
 * and varied progress (deliverable statuses and sign-offs, closed phases) instead of 780 status
 * changes one by one.
 */
/** @type {import('./index.mjs').Scenario} */
export default {
  name: 'cohort dashboard (60 districts)',
  description: 'GET /api/cohorts/{id}/dashboard: 60 districts, each with a Louisiana cycle (13 deliverables) and a plan',
  server: 'waymark',
  connections: 10,
  targetP95Ms: 100,
  async request({ waymark, root, note }) {
    const auth = { authorization: `Bearer ${waymark.apiToken}` };
    const { pool } = waymark;
    const started = performance.now();
    const { rows: [admin] } = await pool.query('select id from users where email = $1', [waymark.admin.email]);
    const { rows: [network] } = await pool.query(`insert into organizations (kind, name, slug) values ('network', 'Bench State Agency', 'bench-state-agency') returning id`);
    await pool.query(`insert into memberships (organization_id, user_id, role) values ($1, $2, 'network_admin')`, [network.id, admin.id]);

    const today = new Date().toISOString().slice(0, 10);
    const startDate = new Date(Date.parse(`${today}T00:00:00Z`) - 70 * 86_400_000).toISOString().slice(0, 10);
    const { json: cohort } = await waymark.send(jsonRequest('POST', `/api/networks/${network.id}/cohorts`, { name: 'Cohort 3 - SY 22-23', schoolYear: '2022-23', templateId: TEMPLATE, startDate }, auth));
    const providers = [];
    for (const name of ['Bench Provider North', 'Bench Provider South']) {
      const { json } = await waymark.send(jsonRequest('POST', `/api/networks/${network.id}/providers`, { name, leadEmail: `${name.toLowerCase().replaceAll(' ', '.')}@example.org` }, auth));
      providers.push(json.id);
    }

    const districtIds = [];
    for (let i = 0; i < DISTRICTS; i++) {
      const { json } = await waymark.send(jsonRequest('POST', `/api/organizations/${network.id}/districts`, { name: `Bench Parish ${String(i + 1).padStart(2, '0')}` }, auth));
      districtIds.push(json.id);
    }
    // The district's own administrator enrols it; here that is the bench administrator in each.
    await pool.query(`insert into memberships (organization_id, user_id, role) select unnest($1::uuid[]), $2, 'administrator'`, [districtIds, admin.id]);

    const document = await largePlanDocument(root, { goals: 3, measuresPerGoal: 3, strategiesPerGoal: 2, actionsPerStrategy: 3, groups: 2, periods: 4 });
    for (const [i, districtId] of districtIds.entries()) {
      await waymark.send(jsonRequest('POST', `/api/cohorts/${cohort.id}/districts`, { districtId }, auth));
      if (i % 10 !== 9) await waymark.send(jsonRequest('PUT', `/api/cohorts/${cohort.id}/districts/${districtId}/provider`, { providerId: providers[i % 2] }, auth));
      for (const kind of ['notice_of_intent', 'letter_of_commitment']) {
        await waymark.send(jsonRequest('POST', `/api/districts/${districtId}/cohorts/${cohort.id}/signed-forms`, { kind, signerName: 'Bench Superintendent', signerTitle: 'Superintendent', statement: 'We commit to the cohort.' }, auth));
      }
      await waymark.send(jsonRequest('POST', `/api/districts/${districtId}/cohorts/${cohort.id}/enrolment`, {}, auth));
      await waymark.send(jsonRequest('POST', `/api/districts/${districtId}/plans/import`, document, auth));
    }
    note(`seeding ${DISTRICTS} districts through the API (invite, match, two signed forms, enrol, plan import)`, `${Math.round(performance.now() - started)} ms`);

    await seedCoachesAndProgress(pool, { networkId: network.id, cohortId: cohort.id, districtIds });
    const request = { method: 'GET', path: `/api/cohorts/${cohort.id}/dashboard`, headers: { ...auth, 'accept-encoding': 'gzip' } };
    const { json: first } = await waymark.send({ ...request, headers: auth });
    if (first.districts?.length !== DISTRICTS) throw new Error(`the dashboard listed ${JSON.stringify(first.districts?.length)} districts, not ${DISTRICTS}`);
    if (first.districts.some((d) => d.deliverables.length !== 13)) throw new Error('a district of the dashboard has no full cycle');
    note('districts behind / overdue deliverables / waiting review', `${first.totals.behind} / ${first.totals.overdue} / ${first.totals.waitingReview}`);
    return request;
  },
};

/** Coaches of the network (one per ten districts), and statuses spread by a hash of each row's id. */
async function seedCoachesAndProgress(pool, { networkId, cohortId, districtIds }) {
  const { rows: coaches } = await pool.query(
    `insert into users (email, name) select 'bench.coach.' || c || '@example.org', 'Bench Coach ' || c from generate_series(1, ${COACHES}) c returning id`,
  );
  await pool.query(`insert into memberships (organization_id, user_id, role) select $1, unnest($2::uuid[]), 'coach'`, [networkId, coaches.map((c) => c.id)]);
  await pool.query(
    `insert into coach_assignments (network_id, district_id, user_id, responsibility)
     select $1, d.id, ($2::uuid[])[1 + (d.n - 1) % ${COACHES}], 'Lead coach' from unnest($3::uuid[]) with ordinality as d(id, n)`,
    [networkId, coaches.map((c) => c.id), districtIds],
  );
  const cycles = `select cycle_id from cohort_districts where cohort_id = $1 and cycle_id is not null`;
  await pool.query(`update cycle_phases set closed_at = now() where cycle_id in (${cycles}) and position < abs(hashtext(cycle_id::text)) % 3`, [cohortId]);
  await pool.query(
    `update cycle_deliverables set
       status = (array['not_started', 'in_progress', 'in_review', 'complete'])[1 + abs(hashtext(id::text)) % 4],
       review_state = (array['none', 'none', 'approved', 'changes_requested'])[1 + abs(hashtext(id::text || 'r')) % 4]
     where cycle_id in (${cycles})`,
    [cohortId],
  );
  await pool.query('analyze cycle_deliverables');
  await pool.query('analyze cycle_phases');
}
