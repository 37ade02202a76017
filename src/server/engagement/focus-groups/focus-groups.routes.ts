import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ownedRowAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { Permission } from '../../auth/policies.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { changeFocusGroup, removeFocusGroup } from './change-focus-group.js';
import { codeFocusGroupNotes, removeFocusGroupCode } from './code-focus-group-notes.js';
import { createFocusGroup } from './create-focus-group.js';
import { ChangeFocusGroupBody, CycleParams, FocusGroupDetail, FocusGroupList, FocusGroupNote, FocusGroupParams, NewFocusGroupBody } from './focus-groups.schema.js';
import { CodeList, CodeNoteBody, CodeParams, NoteParams, SaveNoteBody } from './notes.schema.js';
import { registerProtocolRoutes } from './protocols.routes.js';
import { listFocusGroups, readFocusGroup } from './read-focus-groups.js';
import { saveFocusGroupNote } from './save-focus-group-note.js';
import { registerThemeRoutes } from './themes.routes.js';

const cycleAccess = (permission: Permission) => ownedRowAccess(permission, 'planning_cycles', 'cycleId');

/**
 * Focus groups of a planning cycle: each is a session of the cycle with a protocol, who was in the
 * room, notes per question taken live, and themes of the cycle's codebook on passages of the notes.
 * Also registers the protocols and the codebook with its synthesis.
 */
export async function registerFocusGroupRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['focus groups'];
  const reader = (request: FastifyRequest, cycleId: string) => ({ db: ctx.db, organizationId: accessOf(request).organizationId, cycleId });
  const writer = (request: FastifyRequest, cycleId: string) => ({ ...reader(request, cycleId), actor: actorFrom(accessOf(request).principal) });

  app.get('/api/cycles/:cycleId/focus-groups', {
    schema: { tags, summary: "The cycle's focus groups: session, protocol, who was in the room, how far the notes are", params: CycleParams, response: { 200: FocusGroupList, ...standardErrors } },
    config: { access: cycleAccess('engagement.read') },
    handler: async (request) => ({ focus_groups: await listFocusGroups(reader(request, request.params.cycleId)) }),
  });

  app.post('/api/cycles/:cycleId/focus-groups', {
    schema: {
      tags,
      summary: 'Set up a focus group: a session of the cycle, a protocol, who is in the room',
      description: 'Exactly one of `session_id` (a focus-group session of the cycle without one) or `new_session`, and one of `library_key` or `protocol_id`.',
      params: CycleParams,
      body: NewFocusGroupBody,
      response: { 201: FocusGroupDetail, ...standardErrors },
    },
    config: { access: cycleAccess('engagement.edit') },
    handler: async (request, reply) => reply.status(201).send(await createFocusGroup({ ...writer(request, request.params.cycleId), values: request.body })),
  });

  app.get('/api/cycles/:cycleId/focus-groups/:focusGroupId', {
    schema: { tags, summary: 'A focus group with its protocol, notes and codes', params: FocusGroupParams, response: { 200: FocusGroupDetail, ...standardErrors } },
    config: { access: cycleAccess('engagement.read') },
    handler: async (request) => readFocusGroup({ ...reader(request, request.params.cycleId), focusGroupId: request.params.focusGroupId }),
  });

  app.patch('/api/cycles/:cycleId/focus-groups/:focusGroupId', {
    schema: { tags, summary: 'Change who was in the room', params: FocusGroupParams, body: ChangeFocusGroupBody, response: { 200: FocusGroupDetail, ...standardErrors } },
    config: { access: cycleAccess('engagement.edit') },
    handler: async (request) => {
      const { version, ...values } = request.body;
      const defined = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
      return changeFocusGroup({ ...writer(request, request.params.cycleId), focusGroupId: request.params.focusGroupId, version, values: defined });
    },
  });

  app.delete('/api/cycles/:cycleId/focus-groups/:focusGroupId', {
    schema: { tags, summary: 'Remove a focus group with its notes and codes (the session stays)', params: FocusGroupParams, response: { 200: z.object({ removed: z.uuid() }), ...standardErrors } },
    config: { access: cycleAccess('engagement.edit') },
    handler: async (request) => removeFocusGroup({ ...writer(request, request.params.cycleId), focusGroupId: request.params.focusGroupId }),
  });

  app.put('/api/cycles/:cycleId/focus-groups/:focusGroupId/notes/:protocolQuestionKey', {
    schema: {
      tags,
      summary: "Save a question's notes (autosave)",
      description: "`version` is the note's as last read, 0 for a question without notes; when someone saved since, 409 with their note as `current`.",
      params: NoteParams,
      body: SaveNoteBody,
      response: { 200: FocusGroupNote, ...standardErrors },
    },
    config: { access: cycleAccess('engagement.edit') },
    handler: async (request) => {
      const { cycleId, focusGroupId, protocolQuestionKey: questionKey } = request.params;
      return saveFocusGroupNote({ ...writer(request, cycleId), focusGroupId, questionKey, version: request.body.version, text: request.body.text });
    },
  });

  app.post('/api/cycles/:cycleId/focus-groups/:focusGroupId/codes', {
    schema: { tags, summary: 'Attach themes to a passage of a note, or to the whole note', params: FocusGroupParams, body: CodeNoteBody, response: { 201: CodeList, ...standardErrors } },
    config: { access: cycleAccess('engagement.edit') },
    handler: async (request, reply) => {
      const { cycleId, focusGroupId } = request.params;
      const coded = await codeFocusGroupNotes({ ...writer(request, cycleId), focusGroupId, questionKey: request.body.question_key, themeIds: request.body.theme_ids, passage: request.body.passage ?? null });
      return reply.status(201).send(coded);
    },
  });

  app.delete('/api/cycles/:cycleId/focus-groups/:focusGroupId/codes/:codeId', {
    schema: { tags, summary: 'Take a theme off a passage or note', params: CodeParams, response: { 200: CodeList, ...standardErrors } },
    config: { access: cycleAccess('engagement.edit') },
    handler: async (request) => {
      const { cycleId, focusGroupId, codeId } = request.params;
      return removeFocusGroupCode({ ...writer(request, cycleId), focusGroupId, codeId });
    },
  });

  await registerProtocolRoutes(fastify, ctx);
  await registerThemeRoutes(fastify, ctx);
}
