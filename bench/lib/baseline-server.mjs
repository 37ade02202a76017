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
  // For the browser operation: as many rows as the large plan's outline, built with plain DOM calls.
  app.get('/rows', async (_request, reply) => reply.type('text/html').send(ROWS_PAGE));
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, stop: () => app.close() };
}

const ROWS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>rows</title></head><body><ul id="tree"></ul>
<script>
const start = performance.now();
const tree = document.getElementById('tree');
for (let i = 0; i < 530; i++) {
  const li = document.createElement('li');
  li.setAttribute('role', 'treeitem');
  const title = document.createElement('span');
  title.textContent = 'Element ' + i + ': every student grows every year';
  const key = document.createElement('code');
  key.textContent = 'G' + i;
  li.append(title, key);
  tree.append(li);
}
tree.getBoundingClientRect();
performance.measure('baseline:rows', { start, end: performance.now() });
</script></body></html>`;
