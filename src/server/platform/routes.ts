import type { RegisterRoutes } from '../domain.js';
import { registerHealthRoutes } from './health/health.routes.js';
import { registerApiDocsRoutes } from './health/api-docs.routes.js';
import { registerSetupRoutes } from './setup/setup.routes.js';
import { registerSignInRoutes } from './sign-in/sign-in.routes.js';
import { registerAccountRoutes } from './account/account.routes.js';
import { registerOrganizationRoutes } from './organizations/organizations.routes.js';
import { registerPeopleRoutes } from './people/people.routes.js';
import { registerInvitationRoutes } from './invitations/invitations.routes.js';
import { registerAuditRoutes } from './audit/audit.routes.js';
import { registerOutboxRoutes } from './outbox/outbox.routes.js';
import { registerDemoRoutes } from './demo/demo.routes.js';

/** The platform's resources: health and API docs, first-run setup, sign-in, accounts, organizations, people, invitations, audit, outbox and the demo's sign-ins. */
export const platformRoutes: readonly RegisterRoutes[] = [
  registerHealthRoutes,
  registerApiDocsRoutes,
  registerSetupRoutes,
  registerSignInRoutes,
  registerAccountRoutes,
  registerOrganizationRoutes,
  registerPeopleRoutes,
  registerInvitationRoutes,
  registerAuditRoutes,
  registerOutboxRoutes,
  registerDemoRoutes,
];
