import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { organizationAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { readerLanguage } from '../../http/reader-language.js';
import { CitableEvidence, DistrictParams } from './citations.schema.js';
import { listCitableConversations } from './list-citable-conversations.js';
import { listCitableFocusGroupThemes, listCitableSurveyEvidence } from './list-citable-evidence.js';
import { listCitablePublicComments } from './list-citable-public-comments.js';

/** What a plan element can cite from engagement: the evidence picker of the plan editor reads this. */
export async function registerCitationRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/districts/:districtId/citable-evidence', {
    schema: {
      tags: ['engagement'],
      summary: 'Survey results, themes, starred quotes, focus-group themes, conversation findings and public comments on a draft a plan element can cite as evidence',
      description:
        'Each item carries the typed `link` a plan element keeps in its `waymark_evidence`, and suggested words in the reader’s language. Results are protected like every result; a public comment is quoted with its writer’s role, never a name or an address, and a hidden or unconfirmed comment is never offered.',
      params: DistrictParams,
      response: { 200: CitableEvidence, ...standardErrors },
    },
    config: { access: organizationAccess('engagement.read', 'districtId') },
    handler: async (request) => {
      const language = readerLanguage(request);
      const organizationId = accessOf(request).organizationId;
      const scope = { db: ctx.db, organizationId, language };
      const [surveys, focusGroups, conversations, comments] = await Promise.all([
        listCitableSurveyEvidence(scope),
        listCitableFocusGroupThemes(scope),
        listCitableConversations(scope),
        listCitablePublicComments(scope),
      ]);
      return { items: [...surveys, ...focusGroups, ...conversations, ...comments] };
    },
  });
}
