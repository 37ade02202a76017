import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createTestApp, testConfig, type TestApp } from '../testing/test-app.js';
import { importAdoptedPlan } from '../testing/monitoring-test-kit.js';

/**
 * What a district's IT checks first: every response carries a CSP with frame-ancestors, nosniff
 * and a Referrer-Policy, and HSTS when the server is reached over https. Pages with a policy of
 * their own keep it: the public progress pages, and the widget any site may frame.
 */
let t: TestApp;
let web: FastifyInstance;
let webDir: string;
let slug: string;

beforeAll(async () => {
  t = await createTestApp();
  webDir = mkdtempSync(path.join(tmpdir(), 'waymark-headers-'));
  mkdirSync(path.join(webDir, 'assets'));
  writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Waymark</title><script type="module" src="/assets/index.js"></script>');
  writeFileSync(path.join(webDir, 'assets', 'index.js'), 'console.log(1)');
  // The same database, serving a built web application.
  web = await buildApp({ ...t.ctx, config: { ...testConfig, webDir } }, { serveWeb: true });

  const district = await t.factories.organization({ name: 'Header Heights' });
  slug = district.slug;
  const planner = await t.factories.user({ organizationId: district.id, role: 'planner' });
  const planId = await importAdoptedPlan(t, district.id, planner);
  const published = await t.app.inject({ method: 'PUT', url: `/api/districts/${district.id}/public-site`, headers: planner.auth, payload: { planId, isPublished: true, hiddenKeys: [], version: 0 } });
  expect(published.statusCode, published.body).toBe(200);
});
afterAll(async () => {
  await web?.close();
  await t?.close();
  rmSync(webDir, { recursive: true, force: true });
});

/** A CSP as directive name → sources. */
const policyOf = (response: LightMyRequestResponse) => {
  const header = response.headers['content-security-policy'];
  expect(typeof header, 'content-security-policy').toBe('string');
  return new Map(
    String(header)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
};

const expectBasics = (response: LightMyRequestResponse) => {
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('same-origin');
};

describe('security headers', () => {
  it('on an API route: a policy that allows nothing, framed by nobody, nosniff, Referrer-Policy, no document-only headers', async () => {
    for (const response of [
      await t.app.inject({ method: 'GET', url: '/api/health' }),
      await t.app.inject({ method: 'GET', url: '/api/auth/session' }),
      await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: {} }),
    ]) {
      expectBasics(response);
      const policy = policyOf(response);
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(response.headers['cross-origin-opener-policy']).toBeUndefined();
      expect(response.headers['x-xss-protection']).toBeUndefined();
    }
    // No route: the application's headers, whatever the path.
    const missing = await t.app.inject({ method: 'GET', url: '/api/no-such-route' });
    expectBasics(missing);
    expect(policyOf(missing).get('default-src')).toEqual(["'self'"]);
    expect(missing.headers['x-frame-options']).toBe('DENY');
  });

  it('on the web application: scripts and styles from its own origin only, no inline script', async () => {
    for (const url of ['/', '/sign-in', '/o/some-org/plans', '/assets/index.js']) {
      const response = await web.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expectBasics(response);
      const policy = policyOf(response);
      expect(policy.get('script-src'), url).toEqual(["'self'"]);
      expect(policy.get('style-src'), url).toEqual(["'self'"]);
      expect(policy.get('img-src'), url).toEqual(["'self'", 'data:']);
      expect(policy.get('frame-ancestors'), url).toEqual(["'none'"]);
      expect(response.headers['x-frame-options'], url).toBe('DENY');
    }
  });

  it('on a public page: its own policy kept (no script, inline styles, framed by its own site only)', async () => {
    for (const url of [`/p/${slug}`, `/p/${slug}/goals/G1`, '/p/no-such-district']) {
      const response = await t.app.inject({ method: 'GET', url });
      expectBasics(response);
      const policy = policyOf(response);
      expect(policy.get('default-src'), url).toEqual(["'none'"]);
      expect(policy.get('style-src'), url).toEqual(["'unsafe-inline'"]);
      expect(policy.get('frame-ancestors'), url).toEqual(["'self'"]);
      expect(response.headers['x-frame-options'], url).toBe('SAMEORIGIN');
    }
  });

  it('on the widget: any site may frame it', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/p/${slug}/widget` });
    expect(response.statusCode).toBe(200);
    expectBasics(response);
    const policy = policyOf(response);
    expect(policy.get('frame-ancestors')).toEqual(['*']);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(response.headers['x-frame-options']).toBeUndefined();
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it('on the API reference page: its own inline styles allowed, nothing else', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    const policy = policyOf(response);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('style-src')).toEqual(["'unsafe-inline'"]);
    // A page: the document headers too.
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('sends HSTS only when PUBLIC_URL is https', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security']).toBeUndefined();
    expect(policyOf(await t.app.inject({ method: 'GET', url: '/api/health' })).has('upgrade-insecure-requests')).toBe(false);

    const https = await buildApp({ ...t.ctx, config: { ...testConfig, publicUrl: 'https://plans.example.org' } });
    try {
      for (const url of ['/api/health', `/p/${slug}/widget`]) {
        const response = await https.inject({ method: 'GET', url });
        expect(response.headers['strict-transport-security'], url).toBe('max-age=31536000');
      }
      // Upgrading concerns a document's subresources: the application's policy has it, the API's has none to upgrade.
      expect(policyOf(await https.inject({ method: 'GET', url: '/no-such-page' })).has('upgrade-insecure-requests')).toBe(true);
      expect(policyOf(await https.inject({ method: 'GET', url: '/api/health' })).has('upgrade-insecure-requests')).toBe(false);
    } finally {
      await https.close();
    }
  });
});
