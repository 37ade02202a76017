import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { openDatabase, type Database } from '../../db/database.js';
import type { FastifyInstance } from 'fastify';
import { defaultSignInLimits } from '../../context.js';
import { createTestApp, json, signInAs, type TestApp } from '../../testing/test-app.js';
import { TEST_PASSWORD } from '../../testing/factories.js';

/**
 * Several app processes may share one PostgreSQL: nothing that matters is held in one process's
 * memory. A second app (with its own connection pool on PostgreSQL) must see the first one's
 * sessions and sign-in limits.
 */
let t: TestApp;
let second: FastifyInstance;
let secondDatabase: Database | null = null;
beforeAll(async () => {
  t = await createTestApp({ limits: { ...defaultSignInLimits, perEmail: 2, perAddress: 1000, windowMinutes: 15 } });
  if (t.database.url) secondDatabase = await openDatabase({ databaseUrl: t.database.url });
  second = await buildApp({ ...t.ctx, db: secondDatabase?.db ?? t.ctx.db });
});
afterAll(async () => {
  await second.close();
  await secondDatabase?.close();
  await t.close();
});

describe('two app processes on one database', () => {
  it('accept each other’s sessions, and sign-out on one ends it on both', async () => {
    const user = await t.factories.user();
    const session = await signInAs(t.app, user.email, TEST_PASSWORD);
    const there = await second.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: session.cookie } });
    expect(json(there).user.email).toBe(user.email);
    await second.inject({ method: 'POST', url: '/api/auth/sign-out', headers: session.headers });
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: session.cookie } })).statusCode).toBe(401);
  });

  it('count failed sign-ins together', async () => {
    const user = await t.factories.user();
    const wrong = { email: user.email, password: 'definitely wrong' };
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: wrong })).statusCode).toBe(401);
    expect((await second.inject({ method: 'POST', url: '/api/auth/sign-in', payload: wrong })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: TEST_PASSWORD } })).statusCode).toBe(429);
  });
});
