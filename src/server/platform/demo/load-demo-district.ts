import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { createOrganization } from '../organizations/create-organization.js';
import { organizationsRepo } from '../organizations/organizations.repo.js';
import { peopleRepo } from '../people/people.repo.js';
import { authRepo } from '../../auth/auth.repo.js';
import { demoDistrict } from './demo-district.data.js';
import { demoPlan } from './demo-plan.data.js';
import { loadDemoCycle } from './load-demo-cycle.js';
import { loadDemoMonitoring } from './load-demo-monitoring.js';
import { storeImportedPlan } from '../../plan/plans/import-plan.js';

/**
 * Fills a fictional district: schools, people in each role, a draft plan and the planning cycle
 * producing it, and the adopted plan it is living meanwhile (updates, public page). Demo people have no password, so they cannot sign in; an administrator can invite
 * or reset them to try a role.
 */
export async function loadDemoDistrict(options: { trx: Transaction<DB>; actor: Actor; administratorUserId?: string | null; networkId?: string | null }) {
  const { trx, actor } = options;
  const district = await createOrganization({ trx, actor, name: demoDistrict.name, kind: 'district', networkId: options.networkId ?? null });
  for (const school of demoDistrict.schools) {
    await organizationsRepo.insertSchool(trx, district.id, { name: school.name, code: school.code });
  }
  if (options.administratorUserId) {
    await peopleRepo.insertMembership(trx, { organizationId: district.id, userId: options.administratorUserId, role: 'administrator' });
  }
  for (const person of demoDistrict.people) {
    const existing = await authRepo.findUserByEmail(trx, person.email);
    const user = existing ?? (await peopleRepo.insertUser(trx, { email: person.email, name: person.name, passwordHash: null }));
    await peopleRepo.insertMembership(trx, { organizationId: district.id, userId: user.id, role: person.role });
  }
  const plan = await storeImportedPlan({ trx, actor, organizationId: district.id, document: demoPlan });
  await loadDemoCycle({ trx, actor, organizationId: district.id, planId: plan.id });
  await loadDemoMonitoring({ trx, actor, organizationId: district.id });
  await recordAuditEvent(trx, actor, {
    organizationId: district.id,
    action: 'demo.loaded',
    entityType: 'organization',
    entityId: district.id,
    after: { schools: demoDistrict.schools.length, people: demoDistrict.people.length },
  });
  return district;
}
