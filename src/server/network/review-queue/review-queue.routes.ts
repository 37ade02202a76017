import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { NetworkParams } from '../cohorts/cohorts.schema.js';
import { presentRubric } from '../rubrics/rubrics.present.js';
import { listReviewQueue } from './list-review-queue.js';
import { listReviews } from './list-reviews.js';
import { ReviewHistory, ReviewQueue, ReviewQueueQuery } from './review-queue.schema.js';

/**
 * Review across districts: what waits for the caller in the districts they reach through this
 * organisation, and the sign-offs kept. Signing off goes through the cycle's own route
 * (POST /api/cycles/{cycleId}/deliverables/{deliverableId}/sign-off), which the district's checklist reads.
 */
export async function registerReviewQueueRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['network review'];

  app.get('/api/networks/:networkId/review-queue', {
    schema: {
      tags,
      summary: 'The deliverables waiting for your review in the districts you reach through this organisation, oldest waiting first',
      description: 'In review and not signed off since; one naming another reviewer is left out. Each carries the rubric that applies, and `next` points at the one to open.',
      params: NetworkParams,
      querystring: ReviewQueueQuery,
      response: { 200: ReviewQueue, ...standardErrors },
    },
    config: { access: organizationAccess('network.review', 'networkId') },
    handler: async (request) => {
      const access = accessOf(request);
      const queue = await listReviewQueue({ db: ctx.db, networkId: access.organizationId, userId: access.principal.user.id, role: access.role, after: request.query.after });
      return {
        items: queue.items.map((item) => ({ ...item, rubric: item.rubric ? presentRubric(item.rubric) : null })),
        next: queue.next ? { districtId: queue.next.districtId, cycleId: queue.next.cycleId, deliverableId: queue.next.deliverableId } : null,
      };
    },
  });

  app.get('/api/networks/:networkId/reviews', {
    schema: {
      tags,
      summary: 'The latest 100 sign-offs (approvals and requests for changes) in the districts you reach through this organisation, most recent first',
      params: NetworkParams,
      response: { 200: ReviewHistory, ...standardErrors },
    },
    config: { access: organizationAccess('network.review', 'networkId') },
    handler: async (request) => {
      const access = accessOf(request);
      return { reviews: await listReviews({ db: ctx.db, networkId: access.organizationId, userId: access.principal.user.id, role: access.role }) };
    },
  });
}
