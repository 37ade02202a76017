import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import compress from '@fastify/compress';
import swagger from '@fastify/swagger';
import { serializerCompiler, validatorCompiler, jsonSchemaTransform } from 'fastify-type-provider-zod';
import { installCheckpoint } from './auth/checkpoint.js';
import { installErrorHandler } from './http/error-handler.js';
import { registerWebApp } from './http/web-app.js';
import type { AppContext } from './context.js';
import { registerHealthRoutes } from './platform/health/health.routes.js';
import { registerApiDocsRoutes } from './platform/health/api-docs.routes.js';
import { registerSetupRoutes } from './platform/setup/setup.routes.js';
import { registerAuthRoutes } from './platform/sign-in/sign-in.routes.js';
import { registerAccountRoutes } from './platform/account/account.routes.js';
import { registerOrganizationRoutes } from './platform/organizations/organizations.routes.js';
import { registerPeopleRoutes } from './platform/people/people.routes.js';
import { registerInvitationRoutes } from './platform/invitations/invitations.routes.js';
import { registerAuditRoutes } from './platform/audit/audit.routes.js';
import { registerOutboxRoutes } from './platform/outbox/outbox.routes.js';
import { registerPlanRoutes } from './plan/plans/plans.routes.js';
import { registerPlanDocumentRoutes } from './plan/documents/plan-documents.routes.js';
import { registerProgressReportRoutes } from './monitoring/progress-report/progress-report.routes.js';
import { registerPlanElementRoutes } from './plan/plans/plan-elements.routes.js';
import { registerPlanVersionRoutes } from './plan/versions/plan-versions.routes.js';
import { registerPlanCommentRoutes } from './plan/comments/plan-comments.routes.js';
import { registerPlanInsightRoutes } from './plan/insights/plan-insights.routes.js';
import { registerProcessTemplateRoutes } from './process/templates/process-templates.routes.js';
import { registerCycleRoutes } from './process/cycles/cycles.routes.js';
import { registerCommitteeRoutes } from './process/committee/committee.routes.js';
import { registerEngagementRoutes } from './process/stakeholders/stakeholders.routes.js';
import { registerOutreachRoutes } from './process/outreach/outreach.routes.js';
import { registerSessionRoutes } from './process/sessions/sessions.routes.js';
import { registerNormsRoutes } from './process/norms/norms.routes.js';
import { registerUpdateRoutes } from './monitoring/updates/updates.routes.js';
import { registerScorecardRoutes } from './monitoring/scorecard/scorecard.routes.js';
import { registerReminderRoutes } from './monitoring/reminders/reminders.routes.js';
import { registerImprovementRoutes } from './monitoring/improvement/improvement.routes.js';
import { registerPublicSiteRoutes } from './monitoring/public-site/public-site.routes.js';
import { registerRolloverRoutes } from './monitoring/rollover/rollover.routes.js';

/** Each product area adds its routes here; the checkpoint sees every one of them. */
const areas = [
  registerHealthRoutes,
  registerApiDocsRoutes,
  registerSetupRoutes,
  registerAuthRoutes,
  registerAccountRoutes,
  registerOrganizationRoutes,
  registerPeopleRoutes,
  registerInvitationRoutes,
  registerAuditRoutes,
  registerOutboxRoutes,
  registerPlanRoutes,
  registerPlanDocumentRoutes,
  registerProgressReportRoutes,
  registerPlanElementRoutes,
  registerPlanVersionRoutes,
  registerPlanCommentRoutes,
  registerPlanInsightRoutes,
  registerProcessTemplateRoutes,
  registerCycleRoutes,
  registerCommitteeRoutes,
  registerEngagementRoutes,
  registerOutreachRoutes,
  registerSessionRoutes,
  registerNormsRoutes,
  registerUpdateRoutes,
  registerScorecardRoutes,
  registerReminderRoutes,
  registerImprovementRoutes,
  registerPublicSiteRoutes,
  registerRolloverRoutes,
];

export interface BuildAppOptions {
  logger?: boolean | object;
  /** Serve the built web application from config.webDir. */
  serveWeb?: boolean;
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: ctx.config.publicUrl.startsWith('https://'),
    // Request ids appear in logs so an operator can find the request behind a user's report.
    genReqId: () => crypto.randomUUID(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(cookie);
  // A large plan is hundreds of kilobytes of JSON; gzip or brotli makes it a tenth of that on the wire.
  await app.register(compress, { threshold: 2048 });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Waymark API',
        version: '1',
        description:
          'Every route of the Waymark web application. Authenticate with the session cookie (writes also need the ' +
          'X-CSRF-Token header from GET /api/auth/session) or with "Authorization: Bearer <token>".',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'waymark_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  installCheckpoint(app, ctx.db, ctx.config.sessionSecret);
  for (const registerArea of areas) await registerArea(app, ctx);
  await registerWebApp(app, options.serveWeb ? ctx.config.webDir : null);
  await app.ready();
  return app;
}
