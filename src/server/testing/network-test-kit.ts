import type { TestApp } from './test-app.js';
import { json } from './test-app.js';

type Headers = Record<string, string>;

/** Calls the API and gives back the status and the parsed body. */
export function networkApi(t: TestApp) {
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, headers: Headers = {}, payload?: object) => {
    const res = await t.app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
    return { status: res.statusCode, body: res.body ? (res.headers['content-type']?.toString().includes('json') ? json(res) : res.body) : null, headers: res.headers, raw: res.rawPayload };
  };
  const expectStatus = (res: { status: number; body: unknown }, status: number) => {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as any;
  };
  return { call, expectStatus };
}

/**
 * A state network with a cohort on the Louisiana template, three of its districts (each with an
 * administrator and a viewer), a vetted provider organisation with a lead and two coaches, and a
 * coach of the network itself. Nothing is invited or matched yet: tests do that through the API.
 */
export async function networkScenario(t: TestApp, name = 'Bayou State') {
  const f = t.factories;
  const { call, expectStatus } = networkApi(t);
  const network = await f.organization({ kind: 'network', name: `${name} Department of Education` });
  const networkAdmin = await f.user({ organizationId: network.id, role: 'network_admin', name: 'Nadia Network' });
  const networkCoach = await f.user({ organizationId: network.id, role: 'coach', name: 'Noah State Coach' });
  const districts = [];
  for (const districtName of ['Acadia Parish', 'Bienville Parish', 'Caddo Parish']) {
    const district = await f.organization({ name: `${name} ${districtName}`, networkId: network.id });
    districts.push({ ...district, admin: await f.user({ organizationId: district.id, role: 'administrator' }), viewer: await f.user({ organizationId: district.id, role: 'viewer' }) });
  }
  const cohort = expectStatus(
    await call('POST', `/api/networks/${network.id}/cohorts`, networkAdmin.auth, { name: 'Cohort 4', schoolYear: '2026-27', templateId: 'louisiana-strong-school-systems', startDate: '2026-08-03' }),
    201,
  );
  const provider = expectStatus(await call('POST', `/api/networks/${network.id}/providers`, networkAdmin.auth, { name: `${name} Planning Partners`, services: 'Facilitation and data', leadEmail: `lead-${network.id}@example.org` }), 201);
  const providerLead = await f.user({ organizationId: provider.id, role: 'network_admin', name: 'Paula Provider' });
  const providerCoach = await f.user({ organizationId: provider.id, role: 'coach', name: 'Pedro Coach' });
  const otherProviderCoach = await f.user({ organizationId: provider.id, role: 'coach', name: 'Olga Coach' });
  return { network, networkAdmin, networkCoach, districts, cohort, provider, providerLead, providerCoach, otherProviderCoach };
}

/** Invites a district into the cohort, signs both enrolment forms as its administrator and enrols it. */
export async function enrolInCohort(t: TestApp, options: { cohortId: string; networkAdminAuth: Headers; district: { id: string; admin: { auth: Headers; name: string } } }) {
  const { call, expectStatus } = networkApi(t);
  const { cohortId, district } = options;
  expectStatus(await call('POST', `/api/cohorts/${cohortId}/districts`, options.networkAdminAuth, { districtId: district.id }), 201);
  for (const kind of ['notice_of_intent', 'letter_of_commitment']) {
    expectStatus(
      await call('POST', `/api/districts/${district.id}/cohorts/${cohortId}/signed-forms`, district.admin.auth, { kind, signerName: district.admin.name, signerTitle: 'Superintendent', statement: 'We commit to the planning process.' }),
      201,
    );
  }
  return expectStatus(await call('POST', `/api/districts/${district.id}/cohorts/${cohortId}/enrolment`, district.admin.auth, {}), 200) as { status: 'enrolled'; cycleId: string };
}
