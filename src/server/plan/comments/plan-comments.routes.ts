import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { PlanParams } from '../plans/plans.schema.js';
import { addPlanComment } from './add-plan-comment.js';
import { listPlanComments } from './list-plan-comments.js';
import { presentComment } from './plan-comments.present.js';
import { CommentParams, NewCommentBody, PlanComment, ResolveCommentBody } from './plan-comments.schema.js';
import { resolvePlanComment } from './resolve-plan-comment.js';

export async function registerPlanCommentRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['plan comments'];

  app.get('/api/plans/:planId/comments', {
    schema: { tags, summary: "A plan's comments, oldest first", params: PlanParams, response: { 200: z.object({ comments: z.array(PlanComment) }), ...standardErrors } },
    config: { access: planAccess('plans.read') },
    handler: async (request) => ({ comments: (await listPlanComments({ db: ctx.db, planId: request.params.planId })).map(presentComment) }),
  });

  app.post('/api/plans/:planId/comments', {
    schema: {
      tags,
      summary: 'Comment on a plan or one of its elements',
      description: 'Mention someone with "@" followed by their email (e.g. "@jamal@maplegrove.example"); people who can read the plan get an email. Other @emails stay plain text.',
      params: PlanParams,
      body: NewCommentBody,
      response: { 201: PlanComment, ...standardErrors },
    },
    config: { access: planAccess('plans.comment') },
    handler: async (request, reply) => {
      const access = accessOf(request);
      const comment = await addPlanComment({
        ctx,
        actor: actorFrom(access.principal),
        authorName: access.principal.user.name,
        organizationId: access.organizationId,
        planId: request.params.planId,
        ...request.body,
      });
      return reply.status(201).send(presentComment(comment));
    },
  });

  app.patch('/api/plans/:planId/comments/:commentId', {
    schema: { tags, summary: 'Resolve a comment, or open it again', params: CommentParams, body: ResolveCommentBody, response: { 200: PlanComment, ...standardErrors } },
    config: { access: planAccess('plans.comment') },
    handler: async (request) => {
      const access = accessOf(request);
      return presentComment(await resolvePlanComment({ db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, ...request.params, ...request.body }));
    },
  });
}
