import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { attachmentHeader } from '../../documents/download-headers.js';
import { sharedPdfPrinter } from '../../documents/print-pdf.js';
import { AppError } from '../../errors.js';
import { standardErrors } from '../../http/common.schema.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { conversationAccess } from '../conversations/conversation-access.js';
import { conversationUrlOf, textsOf } from '../conversations/conversations.present.js';
import { ConversationParams } from '../conversations/conversations.schema.js';
import { readConversation } from '../conversations/list-conversations.js';
import { readPageTexts } from '../settings/read-page-texts.js';
import { conversationWordsIn } from './conversation-page-messages.js';
import { renderConversationFlyer } from './render-conversation-flyer.js';

/** The conversation's printable flyer with its QR code, for the team to put up at schools and events. */
export async function registerConversationFlyerRoutes(fastify: FastifyInstance, ctx: AppContext) {
  await fastify.register(async (scope) => {
    const printer = sharedPdfPrinter(ctx, scope);
    scope.withTypeProvider<ZodTypeProvider>().get('/api/conversations/:conversationId/flyer.pdf', {
      schema: {
        tags: ['conversations'],
        summary: 'A printable flyer (PDF, one page) in the conversation’s first two languages with its link and a QR code; 409 until it has been opened',
        params: ConversationParams,
        response: { 200: z.any().describe('The PDF'), ...standardErrors },
      },
      config: { access: conversationAccess('engagement.read') },
      handler: async (request, reply) => {
        const organizationId = accessOf(request).organizationId;
        const conversation = await readConversation({ db: ctx.db, organizationId, conversationId: request.params.conversationId });
        const url = conversationUrlOf(ctx.config.publicUrl, conversation.public_code);
        if (!url) throw new AppError('conflict', 'The flyer carries the conversation’s public link, which it gets when it is first opened: open the conversation, then print its flyer');
        const texts = textsOf(conversation);
        const organizationName = (await findOrganization(ctx.db, organizationId))?.name ?? '';
        const pageTexts = await readPageTexts({ db: ctx.db, organizationId, languages: texts.languages });
        const html = await renderConversationFlyer({ prompt: texts.prompt, languages: texts.languages, organizationName, url, closesAt: conversation.closes_at, pageTexts });
        const first = texts.languages[0]!;
        const bytes = await printer.print(html, { footerText: `${organizationName} · ${conversationWordsIn(first, pageTexts)('flyerFooter')}` });
        return reply.type('application/pdf').header('content-disposition', attachmentHeader(texts.prompt[first] ?? 'conversation', 'pdf')).send(bytes);
      },
    });
  });
}
