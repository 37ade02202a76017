import type { WebDomain } from '../app/web-domain';
import { evidenceMessages } from './messages';
import { evidenceRoutes } from './routes';

/** The evidence domain in the web app, for src/web/domains.ts. */
export const evidenceDomain = {
  name: 'evidence',
  routes: evidenceRoutes,
  messages: evidenceMessages,
  navigation: {
    main: [
      { segment: 'data', label: 'nav.data', icon: 'audit', permission: 'evidence.read', organizationKinds: ['district'], description: 'overview.tile.data' },
      { segment: 'data/indicators', label: 'nav.indicators', icon: 'success', permission: 'evidence.read', organizationKinds: ['district'] },
      { segment: 'data/retreats', label: 'nav.retreats', icon: 'people', permission: 'evidence.read', organizationKinds: ['district'] },
    ],
  },
} satisfies WebDomain;
