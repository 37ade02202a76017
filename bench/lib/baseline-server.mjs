import Fastify from 'fastify';

/**
 * The yardstick: Fastify 5 with one trivial JSON route, no plugins, no database. Every Waymark
 * scenario is reported as a ratio to it, which makes runs on different machines comparable.
 */
export async function startBaselineServer() {
  const app = Fastify({ logger: false, bodyLimit: 20 * 1024 * 1024 });
  app.get('/', async () => ({ hello: 'world' }));
  // For timed operations on large documents: parse the JSON body and send it back, the least any
  // server must do with it.
  app.post('/echo', async (request) => request.body);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, stop: () => app.close() };
}
