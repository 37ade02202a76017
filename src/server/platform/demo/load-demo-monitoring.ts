import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { createCheckIn } from '../../monitoring/improvement/create-check-in.js';
import { startPdsaCycle } from '../../monitoring/improvement/manage-pdsa-cycles.js';
import { storeImportedPlan } from '../../plan/plans/import-plan.js';
import { transitionPlan } from '../../plan/versions/transition-plan.js';
import { savePublicSite } from '../../monitoring/public-site/save-public-site.js';
import { saveTranslations } from '../../monitoring/public-site/save-translations.js';
import { postActuals } from '../../monitoring/scorecard/post-actuals.js';
import { postElementUpdate } from '../../monitoring/updates/post-element-update.js';
import { saveMonitoringPerson } from '../../monitoring/updates/save-monitoring-person.js';
import { setElementOwner } from '../../plan/owners/set-element-owner.js';
import { demoDistrict, type DemoHandle } from './demo-district.data.js';
import { demoAdoptedPlan, demoTranslations, demoUpdates } from './demo-monitoring.data.js';
import { handleOf, type DemoCast } from './demo-people.js';

/**
 * The demo district's adopted plan, lived for three years: every measure, strategy and action owned
 * by a person (the one whose job its owner text names), supervisors, owners' updates with
 * narratives, a leading measure reported each quarter, a PDSA cycle, a check-in, and the public
 * progress page published with Spanish for its main texts. Built through the same use-cases people
 * use, in the demo's transaction, each step as the demo person who would have done it, so the
 * audit log, the updates and the check-in name them and not whoever loaded the demo.
 */
export async function loadDemoMonitoring(options: { trx: Transaction<DB>; cast: DemoCast; organizationId: string }) {
  const { trx: db, cast, organizationId } = options;
  const superintendent = cast.actor('superintendent');
  const plan = await storeImportedPlan({ trx: db, actor: superintendent, organizationId, document: demoAdoptedPlan });
  await transitionPlan({ db, actor: superintendent, organizationId, planId: plan.id, to: 'adopted', version: plan.version, adoption: { date: '2023-06-13', body: 'Cedar Valley Board of Education', resolution: '2023-22', vote: '5-0' } });
  const scope = { db, organizationId, planId: plan.id };

  for (const { key, handle } of demoElementOwners()) await setElementOwner({ ...scope, actor: superintendent, elementKey: key, userId: cast.person(handle).id });
  for (const [handle, supervisor] of [['director.assessment', 'chief.academic'], ['principal.jms', 'chief.academic'], ['student.services', 'superintendent'], ['chief.academic', 'superintendent']] as const) {
    await saveMonitoringPerson({ db, actor: superintendent, organizationId, userId: cast.person(handle).id, canManage: true, values: { supervisorId: cast.person(supervisor).id } });
  }

  // Each update is posted by its owner through the app, as the owner's own would be: no planner's override.
  for (const { elementKey, by, input } of demoUpdates) await postElementUpdate({ ...scope, actor: cast.actor(by), elementKey, source: 'app', input });
  await postActuals({ ...scope, actor: cast.actor('director.assessment'), rows: ['2025-26 Q1', '2025-26 Q2', '2025-26 Q3', '2025-26 Q4', '2026-27 Q1'].map((period, i) => ({ measure_key: 'G1.M2', period, value: [55, 57, 58, 60, 59][i]! })) });

  await startPdsaCycle({ ...scope, actor: cast.actor('student.services'), values: { elementKey: 'G2.S1', changeIdea: 'Text families in their language after the first absence, not the second', prediction: 'Chronic absence in the pilot school falls by 2 points by winter break', measure: 'Weekly chronic absence rate at Birchwood Elementary', startedOn: '2026-09-08' } });
  const attendees = (['superintendent', 'chief.academic', 'director.assessment', 'student.services'] as const).map((handle) => ({ userId: cast.person(handle).id }));
  await createCheckIn({ ...scope, actor: superintendent, values: { heldOn: '2026-11-03', attendees } });

  await saveTranslations({ ...scope, actor: superintendent, translations: demoTranslations.map((t) => ({ ...t, locale: 'es' as const })) });
  await savePublicSite({ db, actor: superintendent, organizationId, values: { planId: plan.id, isPublished: true, hiddenKeys: [], version: 0 } });
  return plan;
}

/**
 * The person behind each owner text of the adopted plan: the demo person with that job title. A
 * text nobody holds is a mistake in the demo's data, so it stops the load.
 */
export function demoElementOwners(): { key: string; handle: DemoHandle }[] {
  const owned = demoAdoptedPlan.plan.goals.flatMap((goal) => [
    ...(goal.measures ?? []),
    ...(goal.strategies ?? []).flatMap((strategy) => [strategy, ...(strategy.measures ?? []), ...(strategy.actions ?? [])]),
  ]);
  return owned.map(({ key, owner }) => {
    const person = demoDistrict.people.find((p) => p.title === owner);
    if (!person) throw new Error(`Demo plan: ${key} names "${owner ?? ''}", the title of no demo person`);
    return { key, handle: handleOf(person.email) as DemoHandle };
  });
}
