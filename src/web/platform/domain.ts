import type { WebDomain } from '../app/web-domain';
import { platformMessages } from './messages';
import { platformRoutes } from './routes';

/** The platform domain in the web app, for src/web/domains.ts. */
export const platformDomain = {
  name: 'platform',
  routes: platformRoutes,
  messages: platformMessages,
  navigation: {
    main: [{ segment: '', label: 'nav.overview', icon: 'overview', permission: 'organization.read' }],
    administration: [
      { segment: 'people', label: 'nav.people', icon: 'people', permission: 'members.read', description: 'overview.tile.people' },
      { segment: 'audit', label: 'nav.audit', icon: 'audit', permission: 'audit.read', description: 'overview.tile.audit' },
      { segment: 'outbox', label: 'nav.outbox', icon: 'outbox', permission: 'outbox.read', description: 'overview.tile.outbox' },
      { segment: 'settings', label: 'nav.settings', icon: 'settings', permission: 'organization.manage', description: 'overview.tile.settings' },
    ],
  },
} satisfies WebDomain;
