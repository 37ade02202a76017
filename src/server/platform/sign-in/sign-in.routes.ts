import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { publicAccess, signedIn } from '../../auth/access-rules.js';
import { principalOf } from '../../auth/checkpoint.js';
import { authRepo } from '../../auth/auth.repo.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorFrom } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { CompletePasswordResetBody, PasswordResetBody, SessionResponse, SignInBody } from './sign-in.schema.js';
import { completePasswordReset } from './complete-password-reset.js';
import { requestPasswordReset } from './request-password-reset.js';
import { presentSession } from './session.present.js';
import { signIn } from './sign-in.js';
import { clearSessionCookie, startSession } from './start-session.js';

export async function registerSignInRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  app.get('/api/auth/session', {
    schema: { tags, summary: 'The signed-in person, their organizations and the CSRF token', response: { 200: SessionResponse, ...standardErrors } },
    config: { access: publicAccess },
    handler: async (request) => {
      const principal = request.principal;
      if (!principal) throw new AppError('unauthenticated', 'Not signed in');
      return presentSession(ctx.db, principal.user, principal.csrfToken ?? '');
    },
  });

  app.post('/api/auth/sign-in', {
    schema: {
      tags,
      summary: 'Sign in with email and password',
      description:
        'After repeated failures (per account, per address, per both) the answer is 429 with error.challenge {token, bits}: ' +
        'send it back as challenge {token, solution}, where SHA-256("<token>:<solution>") starts with that many zero bits. ' +
        'With a solved challenge the right password always signs in.',
      security: [],
      body: SignInBody,
      response: { 200: SessionResponse, ...standardErrors },
    },
    config: { access: publicAccess },
    handler: async (request, reply) => {
      const user = await signIn({ db: ctx.db, limits: ctx.limits, secret: ctx.config.sessionSecret, ...request.body, address: request.ip });
      const { csrfToken } = await startSession({ db: ctx.db, config: ctx.config, reply, userId: user.id, userAgent: request.headers['user-agent'] });
      return presentSession(ctx.db, user, csrfToken);
    },
  });

  app.post('/api/auth/sign-out', {
    schema: { tags, summary: 'End this session', response: { 204: z.null(), ...standardErrors } },
    // Signed in, so the checkpoint asks for the CSRF token: no other site can sign a person out.
    config: { access: signedIn },
    handler: async (request, reply) => {
      const sessionId = request.principal?.sessionId;
      if (sessionId) await authRepo.deleteSession(ctx.db, sessionId);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/auth/sign-out-everywhere', {
    schema: { tags, summary: 'End every session of the signed-in person', response: { 204: z.null(), ...standardErrors } },
    config: { access: signedIn },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      await inTransaction(ctx.db, async (trx) => {
        await authRepo.deleteSessionsOfUser(trx, principal.user.id);
        await recordAuditEvent(trx, actorFrom(principal), { organizationId: null, action: 'user.signed_out_everywhere', entityType: 'user', entityId: principal.user.id });
      });
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/auth/password-reset', {
    schema: { tags, summary: 'Mail a password reset link', security: [], body: PasswordResetBody, response: { 202: z.object({ status: z.literal('sent') }), ...standardErrors } },
    config: { access: publicAccess },
    handler: async (request, reply) => {
      await requestPasswordReset({ ctx, email: request.body.email });
      return reply.status(202).send({ status: 'sent' as const });
    },
  });

  app.post('/api/auth/password-reset/complete', {
    schema: { tags, summary: 'Choose a new password with a reset link', security: [], body: CompletePasswordResetBody, response: { 204: z.null(), ...standardErrors } },
    config: { access: publicAccess },
    handler: async (request, reply) => {
      await completePasswordReset({ ctx, ...request.body });
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  });
}
