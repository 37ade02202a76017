import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createScratchDatabase } from './scratch-database.mjs';
import { jsonRequest, send } from './http.mjs';

// High enough that no scenario is ever rate-limited: the bench measures work, not refusals.
const signInLimits = { perEmail: 1_000_000_000, perAddress: 1_000_000_000, windowMinutes: 1 };

/**
 * Starts the built Waymark server (dist/) the way main.js does, on PGlite in a temporary folder or on
 * a scratch PostgreSQL database, and seeds it through the HTTP API like a first-time user would.
 * @param {{ root: string; databaseServerUrl?: string }} options
 */
export async function startWaymarkServer({ root, databaseServerUrl }) {
  const dist = path.join(root, 'dist', 'server');
  if (!existsSync(path.join(dist, 'start-server.js'))) throw new Error(`${dist}/start-server.js is missing; build the server first (npm run build)`);
  const { startServer } = await import(pathToFileURL(path.join(dist, 'start-server.js')).href);
  const { loadConfig } = await import(pathToFileURL(path.join(dist, 'config.js')).href);

  const dataDir = mkdtempSync(path.join(tmpdir(), 'waymark-bench-'));
  const scratch = databaseServerUrl ? await createScratchDatabase(databaseServerUrl) : null;
  const cleanUp = async () => {
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  let server;
  try {
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: scratch?.url,
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      // The load comes from this machine; a scenario may say which client each request stands for
      // (X-Forwarded-For), as a proxy in front of a deployment does.
      TRUST_PROXY: 'loopback',
    });
    server = await startServer(config, { logger: false, jobs: 'inline', signInLimits });
    const seed = await seedThroughApi(server.url);
    return {
      url: server.url,
      databaseKind: server.database.kind,
      // The server's own pg pool: for seeding in bulk, and for yardsticks that must use the same pool.
      pool: server.database.pool,
      hasWebApp: existsSync(path.join(config.webDir, 'index.html')),
      ...seed,
      async stop() {
        try {
          await server.stop();
        } finally {
          await cleanUp();
        }
      },
    };
  } catch (error) {
    await server?.stop().catch(() => {});
    await cleanUp().catch(() => {});
    throw error;
  }
}

/** First-run setup (the first administrator and their district), then an API token as that person. */
async function seedThroughApi(url) {
  const admin = { name: 'Bench Administrator', email: 'bench.admin@example.org', password: 'bench-password-long-enough' };
  const setup = await send(
    url,
    jsonRequest('POST', '/api/setup', {
      organizationName: 'Bench District',
      organizationKind: 'district',
      adminName: admin.name,
      adminEmail: admin.email,
      password: admin.password,
      loadDemo: false,
    }),
  );
  const sessionCookie = setup.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('waymark_session='));
  if (!sessionCookie) throw new Error('POST /api/setup set no waymark_session cookie');
  const { csrfToken } = setup.json;
  const organizationId = setup.json.organizations[0]?.id;
  if (!organizationId) throw new Error('POST /api/setup answered with no organization');
  const created = await send(url, jsonRequest('POST', '/api/account/tokens', { name: 'bench' }, { cookie: sessionCookie, 'x-csrf-token': csrfToken }));
  return { admin, organizationId, sessionCookie, csrfToken, apiToken: created.json.token };
}
