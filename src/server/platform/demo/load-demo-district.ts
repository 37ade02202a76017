import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { createOrganization } from '../organizations/create-organization.js';
import { organizationsRepo } from '../organizations/organizations.repo.js';
import { peopleRepo } from '../people/people.repo.js';
import { demoDistrict } from './demo-district.data.js';
import { demoPlan } from './demo-plan.data.js';
import { addDemoPeople } from './demo-people.js';
import { loadDemoCycle } from './load-demo-cycle.js';
import { loadDemoMonitoring } from './load-demo-monitoring.js';
import { loadDemoSurvey } from './load-demo-survey.js';
import { loadDemoFocusGroup } from './load-demo-focus-group.js';
import { loadDemoConversation } from './load-demo-conversation.js';
import { storeImportedPlan } from '../../plan/plans/import-plan.js';

/**
 * Fills a fictional district, marked as the demo: schools, people in each role (with the demo
 * password, see addDemoPeople), a draft plan and the planning cycle producing it, and the adopted
 * plan it is living meanwhile (updates, public page). The one who loads it is recorded as creating
 * the district; the district's own work is recorded as its people's, as if they had done it.
 */
export async function loadDemoDistrict(options: { trx: Transaction<DB>; actor: Actor; administratorUserId?: string | null; networkId?: string | null }) {
  const { trx, actor } = options;
  const district = await createOrganization({ trx, actor, name: demoDistrict.name, kind: 'district', networkId: options.networkId ?? null, isDemo: true });
  for (const school of demoDistrict.schools) {
    await organizationsRepo.insertSchool(trx, district.id, { name: school.name, code: school.code });
  }
  if (options.administratorUserId) {
    await peopleRepo.insertMembership(trx, { organizationId: district.id, userId: options.administratorUserId, role: 'administrator' });
  }
  const cast = await addDemoPeople(trx, district.id);
  // The chief academic officer facilitates the committee writing the next plan.
  const plan = await storeImportedPlan({ trx, actor: cast.actor('chief.academic'), organizationId: district.id, document: demoPlan });
  const cycle = await loadDemoCycle({ trx, actor: cast.actor('chief.academic'), organizationId: district.id, planId: plan.id });
  await loadDemoMonitoring({ trx, cast, organizationId: district.id });
  await loadDemoSurvey({ trx, actor: cast.actor('chief.academic'), organizationId: district.id, cycleId: cycle.id });
  await loadDemoFocusGroup({ trx, actor: cast.actor('chief.academic'), organizationId: district.id, cycleId: cycle.id });
  await loadDemoConversation({ trx, actor: cast.actor('chief.academic'), organizationId: district.id, cycleId: cycle.id });
  await recordAuditEvent(trx, actor, {
    organizationId: district.id,
    action: 'demo.loaded',
    entityType: 'organization',
    entityId: district.id,
    after: { schools: demoDistrict.schools.length, people: demoDistrict.people.length },
  });
  return district;
}
