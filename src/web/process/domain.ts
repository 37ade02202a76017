import type { WebDomain } from '../app/web-domain';
import { processMessages } from './messages';
import { processRoutes } from './routes';

/** The process domain in the web app, for src/web/domains.ts. */
export const processDomain = {
  name: 'process',
  routes: processRoutes,
  messages: processMessages,
  navigation: {
    main: [
      { segment: 'process', label: 'nav.process', icon: 'check', permission: 'process.read', organizationKinds: ['district'] },
      { segment: 'tasks', label: 'nav.tasks', icon: 'inbox', permission: 'process.read', organizationKinds: ['district'] },
    ],
  },
} satisfies WebDomain;
