import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { signedIn } from '../../auth/access-rules.js';
import { principalOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { localeSchema, nameSchema, passwordSchema, standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../audit/actor.js';
import { accountRepo } from './account.repo.js';
import { createApiToken, revokeApiToken } from './manage-api-tokens.js';
import { changePassword, updateAccount } from './update-account.js';

const Account = z.object({ id: z.uuid(), email: z.string(), name: z.string(), locale: localeSchema, isOperator: z.boolean() }).meta({ id: 'Account' });
const ApiToken = z.object({ id: z.uuid(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() }).meta({ id: 'ApiToken' });
const iso = (d: Date | string) => new Date(d).toISOString();

export async function registerAccountRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['account'];

  app.patch('/api/account', {
    schema: { tags, summary: 'Change your name or language', body: z.object({ name: nameSchema.optional(), locale: localeSchema.optional() }), response: { 200: Account, ...standardErrors } },
    config: { access: signedIn },
    handler: async (request) => {
      const principal = principalOf(request);
      const user = await updateAccount({ db: ctx.db, actor: actorFrom(principal), userId: principal.user.id, ...request.body });
      return { id: user.id, email: user.email, name: user.name, locale: user.locale, isOperator: user.is_operator };
    },
  });

  app.post('/api/account/password', {
    schema: { tags, summary: 'Change your password (your other sessions end, your API tokens are revoked)', body: z.object({ currentPassword: z.string().min(1, 'is required').max(200), newPassword: passwordSchema }), response: { 204: z.null(), ...standardErrors } },
    config: { access: signedIn },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      await changePassword({ db: ctx.db, mail: ctx.mail, publicUrl: ctx.config.publicUrl, actor: actorFrom(principal), userId: principal.user.id, sessionId: principal.sessionId, ...request.body });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/account/tokens', {
    schema: { tags, summary: 'Your API tokens', response: { 200: z.object({ tokens: z.array(ApiToken) }), ...standardErrors } },
    config: { access: signedIn },
    handler: async (request) => {
      const rows = await accountRepo.listTokens(ctx.db, principalOf(request).user.id);
      return { tokens: rows.map((r) => ({ id: r.id, name: r.name, createdAt: iso(r.created_at), lastUsedAt: r.last_used_at ? iso(r.last_used_at) : null })) };
    },
  });

  app.post('/api/account/tokens', {
    schema: { tags, summary: 'Create an API token (shown once)', body: z.object({ name: nameSchema }), response: { 201: z.object({ id: z.uuid(), name: z.string(), createdAt: z.string(), token: z.string() }), ...standardErrors } },
    config: { access: signedIn },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      const row = await createApiToken({ db: ctx.db, secret: ctx.config.sessionSecret, actor: actorFrom(principal), userId: principal.user.id, name: request.body.name });
      return reply.status(201).send({ id: row.id, name: row.name, createdAt: iso(row.created_at), token: row.token });
    },
  });

  app.delete('/api/account/tokens/:tokenId', {
    schema: { tags, summary: 'Revoke an API token', params: z.object({ tokenId: z.uuid() }), response: { 204: z.null(), ...standardErrors } },
    config: { access: signedIn },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      await revokeApiToken({ db: ctx.db, actor: actorFrom(principal), userId: principal.user.id, tokenId: request.params.tokenId });
      return reply.status(204).send(null);
    },
  });
}
