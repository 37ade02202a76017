import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../audit/actor.js';
import { createCheckIn } from '../../monitoring/improvement/create-check-in.js';
import { startPdsaCycle } from '../../monitoring/improvement/manage-pdsa-cycles.js';
import { storeImportedPlan } from '../../plan/plans/import-plan.js';
import { transitionPlan } from '../../plan/versions/transition-plan.js';
import { savePublicSite } from '../../monitoring/public-site/save-public-site.js';
import { saveTranslations } from '../../monitoring/public-site/save-translations.js';
import { postActuals } from '../../monitoring/scorecard/post-actuals.js';
import { postElementUpdate } from '../../monitoring/updates/post-element-update.js';
import { saveMonitoringPerson } from '../../monitoring/updates/save-monitoring-person.js';
import { setElementOwner } from '../../monitoring/updates/set-element-owner.js';
import { demoAdoptedPlan, demoTranslations } from './demo-monitoring.data.js';

/**
 * The demo district's adopted plan, lived for three years: owners and their supervisors, owners'
 * updates with narratives, a leading measure reported each quarter, a PDSA cycle, a check-in, and
 * the public progress page published with Spanish for its main texts. Built through the same
 * use-cases people use, in the demo's transaction, and recorded as the work of the person who
 * loaded the demo (the audit log says who really did what).
 */
export async function loadDemoMonitoring(options: { trx: Transaction<DB>; actor: Actor; organizationId: string }) {
  const { trx, actor, organizationId } = options;
  const db = trx;
  const people = new Map((await trx.selectFrom('users').innerJoin('memberships', 'memberships.user_id', 'users.id').select(['users.id', 'users.email', 'users.name']).where('memberships.organization_id', '=', organizationId).execute()).map((u) => [u.email.split('@')[0]!, u]));
  const person = (handle: string) => people.get(handle)!;

  const plan = await storeImportedPlan({ trx, actor, organizationId, document: demoAdoptedPlan });
  await transitionPlan({ db, actor, organizationId, planId: plan.id, to: 'adopted', version: plan.version, adoption: { date: '2023-06-13', body: 'Cedar Valley Board of Education', resolution: '2023-22', vote: '5-0' } });
  const scope = { db, actor, organizationId, planId: plan.id };

  const owners: [string, string][] = [
    ['G1.M1', 'chief.academic'],
    ['G1.M2', 'director.assessment'],
    ['G2.M1', 'director.assessment'],
    ['G1.S1.A2', 'principal.jms'],
    ['G1.S1.A3', 'principal.jms'],
    ['G2.S1.A1', 'director.assessment'],
    ['G3.M1', 'superintendent'],
  ];
  for (const [elementKey, handle] of owners) await setElementOwner({ ...scope, elementKey, userId: person(handle).id });
  for (const [handle, supervisor] of [['director.assessment', 'chief.academic'], ['principal.jms', 'chief.academic'], ['chief.academic', 'superintendent']] as const) {
    await saveMonitoringPerson({ db, actor, organizationId, userId: person(handle).id, canManage: true, values: { supervisorId: person(supervisor).id } });
  }

  await postElementUpdate({
    db,
    actor,
    organizationId,
    planId: plan.id,
    elementKey: 'G1.M1',
    source: 'app',
    mayUpdateAnyElement: true,
    input: {
      periodLabel: '2025-26',
      values: [
        { subgroup: null, value: 48.9, n: 652 },
        { subgroup: 'English learners', value: 33, n: 130 },
        { subgroup: 'Students with disabilities', value: 27.1, n: 80 },
        { subgroup: 'Pacific Islander', value: 44.4, n: 9 },
      ],
      happened: 'Scores rose for the third year, most for English learners, in the schools with a full year of coaching.',
      why: 'Coaching cycles reached every K-3 classroom; two schools started late after a coach left in October.',
      nextSteps: 'Fill the open coaching position and add a second cycle in the two late schools.',
    },
  });
  await postActuals({ ...scope, rows: ['2025-26 Q1', '2025-26 Q2', '2025-26 Q3', '2025-26 Q4', '2026-27 Q1'].map((period, i) => ({ measure_key: 'G1.M2', period, value: [55, 57, 58, 60, 59][i]! })) });
  await postElementUpdate({
    db,
    actor,
    organizationId,
    planId: plan.id,
    elementKey: 'G2.M1',
    source: 'app',
    mayUpdateAnyElement: true,
    input: {
      periodLabel: '2025-26',
      values: [{ subgroup: null, value: 21.9, n: 7310 }],
      happened: 'Chronic absence went up slightly after two years of small gains.',
      why: 'A long flu season in February; calls home after the second absence reached only half the families.',
      nextSteps: 'Text messages in the family’s language, and home visits by the attendance team in the five schools with the highest rates.',
    },
  });
  await postElementUpdate({ db, actor, organizationId, planId: plan.id, elementKey: 'G1.S1.A2', source: 'app', mayUpdateAnyElement: true, input: { periodLabel: '2026-27 Q1', actionStatus: 'on_track', percentComplete: 60, happened: 'Fall coaching cycles finished in 9 of 9 elementary schools.' } });

  await startPdsaCycle({ ...scope, values: { elementKey: 'G2.S1', changeIdea: 'Text families in their language after the first absence, not the second', prediction: 'Chronic absence in the pilot school falls by 2 points by winter break', measure: 'Weekly chronic absence rate at Birchwood Elementary', startedOn: '2026-09-08' } });
  await createCheckIn({ ...scope, values: { heldOn: '2026-11-03', attendees: [{ userId: person('superintendent').id }, { userId: person('chief.academic').id }, { userId: person('director.assessment').id }] } });

  await saveTranslations({ ...scope, translations: demoTranslations.map((t) => ({ ...t, locale: 'es' as const })) });
  await savePublicSite({ db, actor, organizationId, values: { planId: plan.id, isPublished: true, hiddenKeys: [], version: 0 } });
  return plan;
}
