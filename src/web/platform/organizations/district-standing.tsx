import type { SessionOrganization } from '../../app/api-types';
import { hasPermission } from '../../app/session';
import { useResource } from '../../app/use-resource';
import type { PlanSummary } from '../../plan/api-types';
import type { CycleSummary } from '../../process/api-types';
import { NextStepsSection } from './next-steps-section';
import { WhereThingsStand } from './where-things-stand';

/**
 * The top of a district's overview: what to do next while the district is new, and where its plans,
 * its planning cycle and the reader's own work stand once there is something to show.
 */
export function DistrictStanding({ organization }: { organization: SessionOrganization }) {
  const plans = useResource<{ plans: PlanSummary[] }>(hasPermission(organization, 'plans.read') ? `/api/districts/${organization.id}/plans` : null);
  const cycles = useResource<{ cycles: CycleSummary[] }>(hasPermission(organization, 'process.read') ? `/api/districts/${organization.id}/cycles` : null);
  // Wait for both, so the next steps do not flash for a district that has a plan.
  if (plans.isLoading || cycles.isLoading) return null;
  const planList = plans.data?.plans ?? [];
  const cycleList = cycles.data?.cycles ?? [];
  return (
    <>
      <NextStepsSection organization={organization} hasCycle={cycleList.length > 0} hasPlan={planList.length > 0} />
      {(planList.length > 0 || cycleList.length > 0) && <WhereThingsStand organization={organization} plans={planList} cycles={cycleList} />}
    </>
  );
}
