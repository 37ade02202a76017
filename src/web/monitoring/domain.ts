import type { WebDomain } from '../app/web-domain';
import { monitoringMessages } from './messages';
import { monitoringRoutes } from './routes';

/** The monitoring domain in the web app, for src/web/domains.ts. */
export const monitoringDomain = {
  name: 'monitoring',
  routes: monitoringRoutes,
  messages: monitoringMessages,
  navigation: {
    main: [
      { segment: 'updates', label: 'nav.updates', icon: 'success', permission: 'monitoring.read', organizationKinds: ['district'] },
      { segment: 'public-site', label: 'nav.publicSite', icon: 'globe', permission: 'monitoring.manage', organizationKinds: ['district'] },
    ],
  },
} satisfies WebDomain;
