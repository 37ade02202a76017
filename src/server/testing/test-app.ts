import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import type { Config } from '../config.js';
import { defaultSignInLimits, type AppContext } from '../context.js';
import type { Database } from '../db/database.js';
import { inlineJobQueue } from '../jobs/job-queue.js';
import { createMailService } from '../mail/mail-service.js';
import { openTestDatabase } from './test-database.js';
import { createFactories } from './factories.js';

export const testConfig: Config = {
  port: 0,
  host: '127.0.0.1',
  dataDir: 'memory://',
  databaseUrl: undefined,
  publicUrl: 'http://waymark.test',
  trustProxy: false,
  sessionSecret: 'test-secret-test-secret-test-secret',
  smtpUrl: undefined,
  logLevel: 'silent',
  webDir: '',
};

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  database: Database;
  factories: ReturnType<typeof createFactories>;
  close(): Promise<void>;
}

/** The real app on a real, fresh database, for API tests (no mocks of the database). */
export async function createTestApp(overrides: Partial<AppContext> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const jobs = inlineJobQueue();
  const mail = await createMailService({ db: database.db, jobs });
  const ctx: AppContext = { db: database.db, databaseKind: database.kind, config: testConfig, mail, limits: defaultSignInLimits, jobs, ...overrides };
  const app = await buildApp(ctx);
  return {
    app,
    ctx,
    database,
    factories: createFactories(ctx),
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export function json<T = any>(response: LightMyRequestResponse): T {
  return response.json() as T;
}

/** Signs in through the API and returns the headers a browser would send afterwards. */
export async function signInAs(app: FastifyInstance, email: string, password: string) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'waymark_session')!;
  const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  return { cookie: `waymark_session=${cookie.value}`, csrfToken, headers: { cookie: `waymark_session=${cookie.value}`, 'x-csrf-token': csrfToken } };
}
