import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cohortAccess, organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { CohortParams } from '../cohorts/cohorts.schema.js';
import type { CohortReader } from '../learning/reach-cohort.js';
import { CohortDiscussion, CohortDiscussionParams, CohortDiscussionThread, DiscussionList, DistrictCohortDiscussionParams, DistrictCohortParams, NewDiscussionBody, NewReplyBody } from './discussions.schema.js';
import { listDiscussions } from './list-discussions.js';
import { presentDiscussion } from './discussions.present.js';
import { readDiscussion } from './read-discussion.js';
import { replyToDiscussion } from './reply-to-discussion.js';
import { startDiscussion } from './start-discussion.js';

/**
 * The cohort's professional network: one discussion space per cohort where district leaders ask and
 * answer, and the network's administrators and coaches join in. The same threads from both sides:
 * a district in the cohort (invited or enrolled) through its own routes, the network through the cohort's.
 */
export async function registerDiscussionRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['network discussions'];
  const network = (request: FastifyRequest): CohortReader => ({ networkId: accessOf(request).organizationId });
  const district = (request: FastifyRequest): CohortReader => ({ districtId: accessOf(request).organizationId });
  const actor = (request: FastifyRequest) => actorFrom(accessOf(request).principal);

  const sides = [
    { prefix: '/api/cohorts/:cohortId', params: CohortParams, threadParams: CohortDiscussionParams, reader: network, read: cohortAccess('network.read'), write: cohortAccess('network.read'), who: 'the network (its administrators and coaches)' },
    {
      prefix: '/api/districts/:districtId/cohorts/:cohortId',
      params: DistrictCohortParams,
      threadParams: DistrictCohortDiscussionParams,
      reader: district,
      read: organizationAccess('organization.read', 'districtId'),
      write: organizationAccess('process.contribute', 'districtId'),
      who: 'a district in the cohort (planners, administrators, contributors)',
    },
  ] as const;

  for (const side of sides) {
    app.get(`${side.prefix}/discussions`, {
      schema: { tags, summary: `The cohort's questions, most recently active first, as ${side.who} reads them`, params: side.params, response: { 200: DiscussionList, ...standardErrors } },
      config: { access: side.read },
      handler: async (request) => ({ discussions: (await listDiscussions({ db: ctx.db, reader: side.reader(request), cohortId: (request.params as { cohortId: string }).cohortId })).map(presentDiscussion) }),
    });

    app.post(`${side.prefix}/discussions`, {
      schema: { tags, summary: `Ask the cohort a question, as ${side.who}`, params: side.params, body: NewDiscussionBody, response: { 201: CohortDiscussion, ...standardErrors } },
      config: { access: side.write },
      handler: async (request, reply) => {
        const row = await startDiscussion({ db: ctx.db, actor: actor(request), reader: side.reader(request), cohortId: (request.params as { cohortId: string }).cohortId, values: request.body });
        return reply.status(201).send(presentDiscussion(row));
      },
    });

    app.get(`${side.prefix}/discussions/:discussionId`, {
      schema: { tags, summary: 'One question with its replies, oldest first', params: side.threadParams, response: { 200: CohortDiscussionThread, ...standardErrors } },
      config: { access: side.read },
      handler: async (request) => {
        const { cohortId, discussionId } = request.params as { cohortId: string; discussionId: string };
        return readDiscussion({ db: ctx.db, reader: side.reader(request), cohortId, discussionId });
      },
    });

    app.post(`${side.prefix}/discussions/:discussionId/replies`, {
      schema: { tags, summary: `Answer a question, as ${side.who}`, params: side.threadParams, body: NewReplyBody, response: { 201: CohortDiscussionThread, ...standardErrors } },
      config: { access: side.write },
      handler: async (request, reply) => {
        const { cohortId, discussionId } = request.params as { cohortId: string; discussionId: string };
        return reply.status(201).send(await replyToDiscussion({ db: ctx.db, actor: actor(request), reader: side.reader(request), cohortId, discussionId, body: request.body.body }));
      },
    });
  }
}
