import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { publicAccess } from '../../auth/access-rules.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { addSwotItem } from './add-swot-item.js';
import { joinRetreat } from './join-retreat.js';
import { postObservation } from './post-observation.js';
import { readBoardItem } from './read-board-parts.js';
import { readRoomState } from './read-room-state.js';
import { RoomState, RoomSwotItem } from './retreat-board.schema.js';
import { takeRoomWrite, type RoomWrite } from './retreat-room-limits.js';
import { CodeItemParams, CodeParams, Joined, JoinBody, RoomObservation, RoomQuery } from './retreat-room.schema.js';
import { ObservationBody } from './retreats.schema.js';
import { findRoom, findRoomParticipant, memberOf, roomContributor, roomCookieName, type RoomCaller } from './room-caller.js';
import { setSwotDots } from './set-swot-dots.js';
import { DotsAnswer, DotsBody, SwotBody } from './swot.schema.js';

const COOKIE_DAYS = 30;
/** What these routes log of a request: its method and route, never the participant's address or cookie. */
const participantLogSerializers = { req: (request: FastifyRequest) => ({ method: request.method, url: request.routeOptions.url }) };

/**
 * The room: people at the retreat on their own phones, by its join code, without an account (or
 * as themselves when signed in to the district). Unknown code 404; a closed retreat can be read
 * but refuses writes with 403; a device that has not joined is 401.
 */
export async function registerRetreatRoomRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['data retreat room'];
  const secret = ctx.config.sessionSecret;
  const secure = ctx.config.publicUrl.startsWith('https://');
  const common = { config: { access: publicAccess }, logSerializers: participantLogSerializers };
  const room = '404 for an unknown code; 403 (plain message) once the retreat has closed; 401 for a device that has not joined; 429 past the per-address limit.';

  const callerOf = async (request: FastifyRequest, retreat: Awaited<ReturnType<typeof findRoom>>): Promise<RoomCaller> => {
    const isWrite = request.method !== 'GET';
    const header = request.headers['x-csrf-token'];
    const member = await memberOf(ctx.db, retreat, request.principal, { isWrite, csrfToken: typeof header === 'string' ? header : undefined });
    return { member, deviceToken: request.cookies[roomCookieName(retreat.join_code)] ?? null };
  };
  /** The retreat, who calls, and who they write as, after the address's limit for this kind of write. */
  const writer = async (request: FastifyRequest, code: string, write: RoomWrite) => {
    const retreat = await findRoom(ctx.db, code);
    takeRoomWrite({ write, retreatId: retreat.id, address: request.ip, secret });
    const caller = await callerOf(request, retreat);
    return { retreat, contributor: await roomContributor(ctx.db, retreat, caller, secret) };
  };
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

  app.post('/api/public/retreats/:code/participants', {
    schema: {
      tags,
      summary: 'Join the retreat’s room: a guest with a name (the device keeps a cookie), a signed-in member of the district as themselves',
      description: `201 with the participant; 200 with the same participant when this device (or member) joined before. 400 /display_name for a guest without one. ${room}`,
      params: CodeParams,
      body: JoinBody,
      response: { 200: Joined, 201: Joined, ...standardErrors },
      security: [],
    },
    ...common,
    handler: async (request, reply) => {
      const retreat = await findRoom(ctx.db, request.params.code);
      const joined = await joinRetreat({ db: ctx.db, retreat, caller: await callerOf(request, retreat), displayName: request.body.display_name, secret, client: { address: request.ip } });
      if (joined.deviceToken) reply.setCookie(roomCookieName(retreat.join_code), joined.deviceToken, { httpOnly: true, sameSite: 'lax', secure, path: '/api/public/retreats', maxAge: COOKIE_DAYS * 86_400 });
      noStore(reply);
      return reply.status(joined.created ? 201 : 200).send({ participant: { id: joined.participant.id, display_name: joined.participant.display_name } });
    },
  });

  app.get('/api/public/retreats/:code', {
    schema: {
      tags,
      summary: 'The room’s state for a phone: charts, visible observations, the board with dot totals (never who voted), your own dots, priorities’ titles',
      description:
        'Small enough to poll every 3 to 5 seconds: ask with chart_data=false after the first load to leave the charts’ data out. Chart data passes the small-group rule. ' +
        'A closed retreat still answers (status closed). 404 for an unknown code.',
      params: CodeParams,
      querystring: RoomQuery,
      response: { 200: RoomState, ...standardErrors },
      security: [],
    },
    ...common,
    handler: async (request, reply) => {
      const retreat = await findRoom(ctx.db, request.params.code);
      const participant = await findRoomParticipant(ctx.db, retreat, await callerOf(request, retreat), secret);
      noStore(reply);
      return readRoomState({ db: ctx.db, retreat, participant, withChartData: request.query.chart_data !== 'false' });
    },
  });

  app.post('/api/public/retreats/:code/observations', {
    schema: { tags, summary: 'Write what you notice or wonder about a chart', description: `400 naming /chart_id, /kind, /body. ${room}`, params: CodeParams, body: ObservationBody, response: { 201: RoomObservation, ...standardErrors }, security: [] },
    ...common,
    handler: async (request, reply) => {
      const { retreat, contributor } = await writer(request, request.params.code, 'observations');
      const row = await postObservation({ db: ctx.db, organizationId: retreat.organization_id, retreatId: retreat.id, contributor, values: request.body });
      return reply.status(201).send({ id: row.id, kind: row.kind, body: row.body, is_mine: true, created_at: row.created_at.toISOString() });
    },
  });

  app.post('/api/public/retreats/:code/swot', {
    schema: { tags, summary: 'Add an item to the SWOT board', description: `400 naming /quadrant, /text, /area, /citations/N/... ${room}`, params: CodeParams, body: SwotBody, response: { 201: RoomSwotItem, ...standardErrors }, security: [] },
    ...common,
    handler: async (request, reply) => {
      const { retreat, contributor } = await writer(request, request.params.code, 'items');
      const item = await addSwotItem({ db: ctx.db, organizationId: retreat.organization_id, retreatId: retreat.id, contributor, values: request.body });
      const { id, quadrant, text, area, dots, rank, is_tied, my_dots } = await readBoardItem(ctx.db, retreat.id, item.id, item.participant_id);
      return reply.status(201).send({ id, quadrant, text, area, dots, rank, is_tied, my_dots });
    },
  });

  app.put('/api/public/retreats/:code/swot/:itemId/dots', {
    schema: {
      tags,
      summary: 'Put some of your dots on an item (replaces what you had on it; 0 takes them off)',
      description: `400 /dots too_big with the dots you have left when over your allowance; 404 for an item not of this retreat. ${room}`,
      params: CodeItemParams,
      body: DotsBody,
      response: { 200: DotsAnswer, ...standardErrors },
      security: [],
    },
    ...common,
    handler: async (request) => {
      const { retreat, contributor } = await writer(request, request.params.code, 'dots');
      return setSwotDots({ db: ctx.db, organizationId: retreat.organization_id, retreatId: retreat.id, itemId: request.params.itemId, contributor, dots: request.body.dots });
    },
  });
}
