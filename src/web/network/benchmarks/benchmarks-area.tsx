import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { NoAccessPage } from '../../app/no-access-page';
import { BenchmarksPage } from './benchmarks-page';
import { DistrictBenchmarksPage } from './district-benchmarks-page';

/**
 * /o/:organizationId/benchmarks is one address for two pages: a network defines its benchmarks
 * there, a district compares itself there. Two pathless guards with the same child path would
 * let the first always win, so this one route chooses, with the same checks as the two guards.
 */
export function BenchmarksArea() {
  const { organization } = useOrganizationInUrl();
  if (organization?.kind === 'network' && organization.permissions.includes('network.read')) return <BenchmarksPage />;
  if (organization?.kind === 'district' && organization.permissions.includes('organization.read')) return <DistrictBenchmarksPage />;
  return <NoAccessPage reason="permission" />;
}
