import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { mergeFields } from '../../../core/process/merge-fields.js';
import { ownedRowAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { addOutreachItem, addStarterKit, readOutreachKit, removeOutreachItem, updateOutreachItem } from './manage-outreach-items.js';
import { previewOutreachItem } from './preview-outreach-item.js';
import { outreachRepo } from './outreach.repo.js';
import { presentItem, presentSend } from './outreach.present.js';
import { CycleParams, ItemFields, ItemParams, OutreachItem, OutreachKit, OutreachSend, Preview, PreviewBody, SendBody, UpdateItemBody } from './outreach.schema.js';
import { sendInvitation } from './send-invitation.js';

const cycleAccess = (permission: 'process.read' | 'process.edit') => ownedRowAccess(permission, 'planning_cycles', 'cycleId');

/** The outreach kit of a planning cycle: its items with merge fields, previews, sending invitations, the send log. */
export async function registerOutreachRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['outreach kit'];
  const scope = (request: Parameters<typeof accessOf>[0], cycleId: string) => {
    const access = accessOf(request);
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, cycleId, locale: access.principal.user.locale };
  };

  app.get('/api/cycles/:cycleId/outreach', {
    schema: { tags, summary: 'The outreach kit as it is (opening it writes nothing; an empty kit offers the starter items)', params: CycleParams, response: { 200: OutreachKit, ...standardErrors } },
    config: { access: cycleAccess('process.read') },
    handler: async (request) => {
      const items = await readOutreachKit({ db: ctx.db, organizationId: accessOf(request).organizationId, cycleId: request.params.cycleId });
      return { items: items.map(presentItem), mergeFields: [...mergeFields] };
    },
  });

  app.post('/api/cycles/:cycleId/outreach/starter-kit', {
    schema: { tags, summary: 'Add the starter items to the kit (in the editor\'s language)', params: CycleParams, response: { 201: z.object({ items: z.array(OutreachItem) }), ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request, reply) => reply.status(201).send({ items: (await addStarterKit(scope(request, request.params.cycleId))).map(presentItem) }),
  });

  app.post('/api/cycles/:cycleId/outreach/items', {
    schema: { tags, summary: 'Add an item to the kit', params: CycleParams, body: ItemFields, response: { 201: OutreachItem, ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request, reply) => reply.status(201).send(presentItem(await addOutreachItem({ ...scope(request, request.params.cycleId), values: request.body }))),
  });

  app.patch('/api/cycles/:cycleId/outreach/items/:outreachItemId', {
    schema: { tags, summary: 'Change an item of the kit', params: ItemParams, body: UpdateItemBody, response: { 200: OutreachItem, ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request) => {
      const { version, ...values } = request.body;
      return presentItem(await updateOutreachItem({ ...scope(request, request.params.cycleId), itemId: request.params.outreachItemId, version, values }));
    },
  });

  app.delete('/api/cycles/:cycleId/outreach/items/:outreachItemId', {
    schema: { tags, summary: 'Remove an item from the kit', params: ItemParams, response: { 204: z.null(), ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request, reply) => {
      await removeOutreachItem({ ...scope(request, request.params.cycleId), itemId: request.params.outreachItemId });
      return reply.status(204).send(null);
    },
  });

  app.post('/api/cycles/:cycleId/outreach/items/:outreachItemId/preview', {
    schema: { tags, summary: 'The item with its merge fields filled (the saved text, or the text given)', params: ItemParams, body: PreviewBody, response: { 200: Preview, ...standardErrors } },
    config: { access: cycleAccess('process.read') },
    handler: async (request) => {
      const { organizationId, principal } = accessOf(request);
      const { subject, body, ...choices } = request.body;
      return previewOutreachItem({ db: ctx.db, organizationId, cycleId: request.params.cycleId, itemId: request.params.outreachItemId, locale: principal.user.locale, draft: { subject, body }, ...choices });
    },
  });

  app.post('/api/cycles/:cycleId/outreach/items/:outreachItemId/send', {
    schema: { tags, summary: "Send an email invitation to every contact of a stakeholder group, through the platform's mail", params: ItemParams, body: SendBody, response: { 201: OutreachSend, ...standardErrors } },
    config: { access: cycleAccess('process.edit') },
    handler: async (request, reply) => {
      const { organizationId, principal } = accessOf(request);
      const send = await sendInvitation({
        ctx,
        actor: actorFrom(principal),
        senderName: principal.user.name,
        locale: principal.user.locale,
        organizationId,
        cycleId: request.params.cycleId,
        itemId: request.params.outreachItemId,
        groupId: request.body.stakeholderGroupId,
        sessionId: request.body.sessionId,
        link: request.body.link,
      });
      return reply.status(201).send(presentSend(send));
    },
  });

  app.get('/api/cycles/:cycleId/outreach/sends', {
    schema: { tags, summary: 'Invitations sent from the kit, newest first', params: CycleParams, response: { 200: z.object({ sends: z.array(OutreachSend) }), ...standardErrors } },
    config: { access: cycleAccess('process.read') },
    handler: async (request) => {
      const { organizationId } = accessOf(request);
      if (!(await outreachRepo.findCycle(ctx.db, organizationId, request.params.cycleId))) throw notFound('Cycle');
      return { sends: (await outreachRepo.listSends(ctx.db, request.params.cycleId)).map(presentSend) };
    },
  });
}
