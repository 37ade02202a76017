import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess, publicAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import { oneTimeTokensRepo } from '../../auth/one-time-tokens.repo.js';
import type { AppContext } from '../../context.js';
import { emailSchema, nameSchema, OrganizationParams, roleSchema, standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../audit/actor.js';
import { SessionResponse } from '../sign-in/sign-in.schema.js';
import { presentSession } from '../sign-in/session.present.js';
import { startSession } from '../sign-in/start-session.js';
import { acceptInvitation, previewInvitation } from './accept-invitation.js';
import { inviteMember, revokeInvitation } from './invite-member.js';

const Invitation = z
  .object({ id: z.uuid(), email: z.string(), role: roleSchema, createdAt: z.string(), expiresAt: z.string(), invitedBy: z.string().nullable() })
  .meta({ id: 'Invitation' });
// Any string: a mistyped or cut-off link is simply not found (404), like an expired one. The token
// travels in the body, never in the address, so it stays out of access logs and Referer headers.
const tokenSchema = z.string().max(500);

const iso = (d: Date | string) => new Date(d).toISOString();

export async function registerInvitationRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['invitations'];

  app.get('/api/organizations/:organizationId/invitations', {
    schema: { tags, summary: 'Invitations not yet accepted', params: OrganizationParams, response: { 200: z.object({ invitations: z.array(Invitation) }), ...standardErrors } },
    config: { access: organizationAccess('members.manage') },
    handler: async (request) => {
      const rows = await oneTimeTokensRepo.listPendingInvitations(ctx.db, accessOf(request).organizationId);
      return {
        invitations: rows.map((r) => ({ id: r.id, email: r.email, role: r.role!, createdAt: iso(r.created_at), expiresAt: iso(r.expires_at), invitedBy: r.invited_by })),
      };
    },
  });

  app.post('/api/organizations/:organizationId/invitations', {
    schema: { tags, summary: 'Invite someone by email', params: OrganizationParams, body: z.object({ email: emailSchema, role: roleSchema }), response: { 201: Invitation, ...standardErrors } },
    config: { access: organizationAccess('members.manage') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      const { invitation } = await inviteMember({
        ctx,
        actor: actorFrom(access.principal),
        inviterName: access.principal.user.name,
        organizationId: access.organizationId,
        ...request.body,
      });
      return reply.status(201).send({
        id: invitation.id,
        email: invitation.email,
        role: invitation.role!,
        createdAt: iso(invitation.created_at),
        expiresAt: iso(invitation.expires_at),
        invitedBy: access.principal.user.name,
      });
    },
  });

  app.delete('/api/organizations/:organizationId/invitations/:invitationId', {
    schema: { tags, summary: 'Withdraw an invitation', params: z.object({ organizationId: z.uuid(), invitationId: z.uuid() }), response: { 204: z.null(), ...standardErrors } },
    config: { access: organizationAccess('members.manage') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      await revokeInvitation({ ctx, actor: actorFrom(access.principal), organizationId: access.organizationId, invitationId: request.params.invitationId });
      return reply.status(204).send(null);
    },
  });

  app.post('/api/invitations/preview', {
    schema: {
      tags,
      summary: 'What an invitation link is for (the token from the link, in the body)',
      security: [],
      body: z.object({ token: tokenSchema }),
      response: {
        200: z.object({ email: z.string(), organizationId: z.uuid(), organizationName: z.string(), organizationKind: z.enum(['district', 'network']), role: roleSchema, hasAccount: z.boolean() }),
        ...standardErrors,
      },
    },
    config: { access: publicAccess },
    handler: async (request) => previewInvitation({ ctx, token: request.body.token }),
  });

  app.post('/api/invitations/accept', {
    schema: {
      tags,
      summary: 'Accept an invitation and sign in',
      security: [],
      body: z.object({ token: tokenSchema, name: nameSchema.optional(), password: z.string().min(1, 'is required').max(200) }),
      response: { 200: SessionResponse, ...standardErrors },
    },
    config: { access: publicAccess },
    handler: async (request, reply) => {
      const user = await acceptInvitation({ ctx, ...request.body });
      const { csrfToken } = await startSession({ db: ctx.db, config: ctx.config, reply, userId: user.id, userAgent: request.headers['user-agent'] });
      return presentSession(ctx.db, user, csrfToken);
    },
  });
}
