import type { WebDomain } from '../app/web-domain';
import { engagementMessages } from './messages';
import { engagementRoutes } from './routes';

/** The engagement domain in the web app, for src/web/domains.ts. */
export const engagementDomain = {
  name: 'engagement',
  routes: engagementRoutes,
  messages: engagementMessages,
  navigation: {
    main: [
      { segment: 'engagement', label: 'nav.engagement', icon: 'people', permission: 'engagement.read', organizationKinds: ['district'], description: 'overview.tile.engagement' },
      { segment: 'engagement/focus-groups', label: 'nav.focusGroups', icon: 'people', permission: 'engagement.read', organizationKinds: ['district'] },
      { segment: 'engagement/conversations', label: 'nav.conversations', icon: 'people', permission: 'engagement.read', organizationKinds: ['district'] },
    ],
  },
} satisfies WebDomain;
