import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { errorBody } from './error-handler.js';

/**
 * What a missing static file looks like: a page's address may end in a dot and more (a measure's
 * key, `/o/<org>/updates/<plan>/G1.M1`), so only the extensions the build writes mark a file.
 */
const staticFile = /\.(?:js|mjs|css|map|html|json|txt|xml|webmanifest|png|jpe?g|gif|svg|ico|webp|avif|woff2?|ttf|otf)$/i;

/**
 * Serves the built React application when there is one; any other GET for a page falls back to
 * index.html (client-side routing), and everything else is a 404 in the one error shape.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string | null) {
  const hasWeb = webDir !== null && existsSync(path.join(webDir, 'index.html'));
  if (webDir && !hasWeb) app.log.warn(`The web application is not built (${webDir}); run "npm run build"`);
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false, maxAge: '1h' });
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    const isPage = request.method === 'GET' && !pathname.startsWith('/api') && !staticFile.test(pathname);
    if (hasWeb && isPage) return reply.header('cache-control', 'no-cache').sendFile('index.html', { maxAge: 0 });
    return reply.status(404).send(errorBody('not_found', `No route for ${request.method} ${pathname}`));
  });
}
