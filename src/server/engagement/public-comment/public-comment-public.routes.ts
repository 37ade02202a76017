import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { publicAccess } from '../../auth/access-rules.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, standardErrors } from '../../http/common.schema.js';
import { postPublicComment } from './post-public-comment.js';
import { PostCommentBody, PostedComment, SlugParams } from './public-comment.schema.js';

/** What these routes log of a request: its method and route, never the commenter's address or agent. */
const commenterLogSerializers = { req: (request: FastifyRequest) => ({ method: request.method, url: request.routeOptions.url }) };

/** Anyone's side of public comment: sending a comment on the draft out for comment. */
export async function registerPublicCommentPublicRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post('/api/public/districts/:slug/draft/comments', {
    schema: {
      tags: ['public comment'],
      summary: 'Comment on the district’s draft out for public comment: the whole draft, one element, or a passage of it',
      description:
        '201 while the window is open (the same submission_id sent again answers with the same comment); 403 with a plain message outside it (in `language`); 404 when the district has no draft out for comment. 400 names the field (/element_key not in the draft, /quote not in its text, /role, /school_id, /email when the district asks for a confirmed address, /form_token sent too quickly); 429 past 30 comments an hour from one address.',
      params: SlugParams,
      body: PostCommentBody,
      response: { 201: PostedComment, 503: ErrorResponse, ...standardErrors },
      security: [],
    },
    config: { access: publicAccess },
    logSerializers: commenterLogSerializers,
    handler: async (request, reply) => {
      const posted = await postPublicComment({ db: ctx.db, mail: ctx.mail, publicUrl: ctx.config.publicUrl, slug: request.params.slug, input: request.body, client: { address: request.ip }, secret: ctx.config.sessionSecret });
      return reply.status(201).header('cache-control', 'no-store').send(posted);
    },
  });
}
