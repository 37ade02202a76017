import type { RouteObject } from 'react-router';
import type { DomainRoutes } from '../app/web-domain';
import { NetworkAreaGuard, DistrictNetworkGuard } from './network-area-guard';

/* The network area is its own chunk, loaded when first opened. */
const area = () => import('./network-area');
const page = (name: keyof Awaited<ReturnType<typeof area>>) => async () => ({ Component: (await area())[name] });

/**
 * A network's (or provider's) pages under /o/:organizationId: cohorts with their dashboard,
 * districts and calendar; review across districts and its rubrics; the providers it vetted. And a
 * district's page about its network: its cohorts, enrolment, provider and coaches.
 */
const networkRoutesList: RouteObject[] = [
  // A network's benchmarks and a district's share one address; the page chooses (and guards) by kind.
  { path: 'benchmarks', lazy: page('BenchmarksArea') },
  {
    element: <NetworkAreaGuard />,
    children: [
      { path: 'cohorts', lazy: page('CohortsListPage') },
      { path: 'cohorts/:cohortId', lazy: page('CohortPage') },
      { path: 'providers', lazy: page('ProvidersPage') },
      { path: 'strategies', lazy: page('NetworkStrategyBankPage') },
      { path: 'clients', lazy: page('ClientsPage') },
      { path: 'review', lazy: page('ReviewQueuePage') },
      { path: 'review/rubrics', lazy: page('RubricsPage') },
      { path: 'review/:districtId/:cycleId/:deliverableId', lazy: page('ReviewPage') },
    ],
  },
  {
    element: <DistrictNetworkGuard />,
    children: [
      { path: 'network', lazy: page('DistrictNetworkPage') },
      { path: 'strategy-bank', lazy: page('DistrictStrategyBankPage') },
    ],
  },
];

/** The network domain's pages. */
export const networkRoutes: DomainRoutes = { organization: networkRoutesList };
