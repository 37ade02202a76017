import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess, publicAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { todayUtc } from '../updates/element-periods.js';
import { DistrictParams, ElementUpdates, EvidenceQuery, Update, UpdateBody, UpdateEvidence } from '../updates/updates.schema.js';
import { EVIDENCE_MAX_BYTES } from '../updates/add-update-evidence.js';
import { sendUpdateReminders } from './send-update-reminders.js';
import { attachEvidenceThroughLink, openUpdateLink, postThroughUpdateLink } from './use-update-link.js';
import { StudentGroup } from '../student-groups/student-groups.schema.js';

const RunBody = z.strictObject({ today: z.iso.date('must be a date like 2026-10-14').optional() });
const SentReminders = z.object({
  sent: z.array(z.object({ kind: z.enum(['before', 'overdue', 'escalation', 'digest']), to: z.string(), elementKey: z.string(), periodLabel: z.string() })),
});
// Any string: a mistyped or cut-off link is simply not found (404), like a used or expired one.
const TokenParams = z.object({ token: z.string().max(500) });
// The district's student groups come with the form: the link has no session to read them with, and results must name a listed group.
const UpdateLinkForm = ElementUpdates.extend({ periodLabel: z.string(), expiresAt: z.string(), districtName: z.string(), studentGroups: z.array(StudentGroup) }).meta({ id: 'UpdateLinkForm' });

/** Update reminders (the daily sweep, run on demand) and the single-use links they mail. */
export async function registerReminderRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['monitoring'];

  app.post('/api/districts/:districtId/monitoring/reminders/run', {
    schema: {
      tags,
      summary: "Run the district's update reminders now",
      description:
        'Sends what the daily sweep would send on `today` (default: the server date, UTC) and answers what went out, one entry per item ' +
        '(a digest lists each item it names). Nothing already sent that day is sent again.',
      params: DistrictParams,
      body: RunBody.nullish(),
      response: { 200: SentReminders, ...standardErrors },
    },
    config: { access: organizationAccess('monitoring.manage', 'districtId') },
    handler: async (request) => {
      const sent = await sendUpdateReminders({ ctx, organizationId: accessOf(request).organizationId, today: request.body?.today ?? todayUtc() });
      return { sent };
    },
  });

  app.get('/api/update-links/:token', {
    schema: {
      tags,
      summary: 'The update form a mailed link opens, without signing in',
      description: 'Limited to the period the link was sent for. 404 not_found when the link was used, expired, is unknown, or the item has a new owner.',
      security: [],
      params: TokenParams,
      response: { 200: UpdateLinkForm, ...standardErrors },
    },
    config: { access: publicAccess },
    handler: async (request) => openUpdateLink({ ctx, token: request.params.token }),
  });

  app.post('/api/update-links/:token', {
    schema: {
      tags,
      summary: "Post the update a mailed link was for, as the link's owner; the link is used up",
      description: "The body of an update without periodLabel (the link's period). A refused post leaves the link usable.",
      security: [],
      params: TokenParams,
      body: UpdateBody.omit({ periodLabel: true }),
      response: { 201: Update, ...standardErrors },
    },
    config: { access: publicAccess },
    handler: async (request, reply) => reply.status(201).send(await postThroughUpdateLink({ ctx, token: request.params.token, input: request.body })),
  });

  // A scope of its own: the evidence file is the raw body, checked against the allow-list.
  await fastify.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: EVIDENCE_MAX_BYTES }, (_request, body, done) => done(null, body));
    scope.withTypeProvider<ZodTypeProvider>().post('/api/update-links/:token/evidence', {
      schema: {
        tags,
        summary: 'Attach an evidence file to the update the link just posted',
        description: 'For two hours after the post, and only to that update. The body is the file with its content-type; ?updateId= and ?fileName=.',
        security: [],
        params: TokenParams,
        querystring: EvidenceQuery.extend({ updateId: z.uuid() }),
        response: { 201: UpdateEvidence, 413: standardErrors[400], ...standardErrors },
      },
      bodyLimit: EVIDENCE_MAX_BYTES,
      config: { access: publicAccess },
      handler: async (request, reply) => {
        const { updateId, fileName } = request.query;
        const evidence = await attachEvidenceThroughLink({ ctx, token: request.params.token, updateId, fileName, contentType: request.headers['content-type'], content: request.body });
        return reply.status(201).send(evidence);
      },
    });
  });
}
