import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/server/config.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';

/**
 * The real server, as `npm start` runs it (web application, pg-boss jobs, embedded database in its
 * own folder), on a free port. The web application must be built (npm test does that first).
 * `env` adds settings, such as SMTP_URL for a journey whose mail must leave the server.
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<RunningServer & { cleanup(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'waymark-e2e-'));
  // The database migrated once for every journey (migrated-data-dir.ts), when there is one.
  const template = process.env.E2E_TEMPLATE_DATA_DIR;
  if (template) cpSync(path.join(template, 'pglite'), path.join(dataDir, 'pglite'), { recursive: true });
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env });
  // Several people building at once each build the web app into a folder of their own.
  if (process.env.E2E_WEB_DIR) config.webDir = process.env.E2E_WEB_DIR;
  const server = await startServer(config, { logger: false });
  // PUBLIC_URL decides the links in mail; point it at the port actually bound.
  config.publicUrl = server.url;
  return {
    ...server,
    async cleanup() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
