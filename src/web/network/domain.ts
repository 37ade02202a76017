import type { WebDomain } from '../app/web-domain';
import { networkMessages } from './messages';
import { networkRoutes } from './routes';

/**
 * The network domain in the web app, for src/web/domains.ts: a network's (or provider's) cohorts,
 * review and providers, and a district's view of its network (cohort, provider, coaches).
 */
export const networkDomain = {
  name: 'network',
  routes: networkRoutes,
  messages: networkMessages,
  navigation: {
    main: [
      { segment: 'cohorts', label: 'nav.cohorts', icon: 'people', permission: 'network.read', organizationKinds: ['network'] },
      { segment: 'review', label: 'nav.review', icon: 'check', permission: 'network.review', organizationKinds: ['network'] },
      { segment: 'providers', label: 'nav.providers', icon: 'audit', permission: 'network.manage', organizationKinds: ['network'] },
      { segment: 'strategies', label: 'nav.strategyBank', icon: 'book', permission: 'network.read', organizationKinds: ['network'] },
      { segment: 'clients', label: 'nav.clients', icon: 'inbox', permission: 'network.read', organizationKinds: ['network'] },
      { segment: 'benchmarks', label: 'nav.benchmarks', icon: 'success', permission: 'network.read', organizationKinds: ['network'] },
      { segment: 'network', label: 'nav.myNetwork', icon: 'people', permission: 'organization.read', organizationKinds: ['district'], needsNetwork: true },
      { segment: 'strategy-bank', label: 'nav.strategyBank', icon: 'book', permission: 'plans.read', organizationKinds: ['district'], needsNetwork: true },
      { segment: 'benchmarks', label: 'nav.benchmarks', icon: 'success', permission: 'organization.read', organizationKinds: ['district'], needsNetwork: true },
    ],
  },
} satisfies WebDomain;
