import type { WebDomain } from '../app/web-domain';
import { planMessages } from './messages';
import { planRoutes } from './routes';

/** The plan domain in the web app, for src/web/domains.ts. */
export const planDomain = {
  name: 'plan',
  routes: planRoutes,
  messages: planMessages,
  navigation: { main: [{ segment: 'plans', label: 'nav.plans', icon: 'book', permission: 'plans.read', description: 'overview.tile.plans', organizationKinds: ['district'] }] },
} satisfies WebDomain;
