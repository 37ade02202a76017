import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, launchBrowser, PHONE, screenshot } from './support/browser.js';
import { startTestServer } from './support/server.js';

/**
 * The first journey of a district administrator: set up, invite a colleague who accepts, change
 * their role, switch language, sign out and in again; axe-core on every page at both widths.
 */
const ADMIN = { name: 'Rosa Alvarez', email: 'rosa@maplegrove.example', password: 'maple grove 2026 plan' };
const COLLEAGUE = { name: 'Jamal Carter', email: 'jamal@maplegrove.example', password: 'jamal carter strong pw' };

if (!chromiumPath) console.warn('Skipping the browser journeys: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

describe.skipIf(!chromiumPath)('foundation journeys in Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let admin: Page;
  let organizationId: string;

  beforeAll(async () => {
    mkdirSync('test-results/screens', { recursive: true });
    server = await startTestServer();
    browser = await launchBrowser();
    admin = await browser.newPage({ viewport: DESKTOP });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  it('sets up the district from the first-run screen', async () => {
    await admin.goto(server.url);
    await admin.waitForURL(/\/setup/);
    await expectNoAxeViolations(admin, 'setup');
    await admin.getByLabel('Organization name').fill('Maple Grove Schools');
    await admin.getByLabel('School district').check();
    await admin.getByLabel('Full name').fill(ADMIN.name);
    await admin.getByLabel('Email address').fill(ADMIN.email);
    await admin.getByLabel('Password').fill(ADMIN.password);
    await admin.getByRole('button', { name: 'Create organization' }).click();
    await admin.waitForURL(/\/o\/[0-9a-f-]{36}/);
    organizationId = /\/o\/([0-9a-f-]{36})/.exec(admin.url())![1]!;
    await expect.poll(() => admin.getByRole('heading', { level: 1 }).textContent()).toContain('Maple Grove Schools');
    await expectNoAxeViolations(admin, 'overview');
  });

  it('invites a colleague, who accepts from the emailed link', async () => {
    await admin.getByRole('link', { name: 'People' }).first().click();
    await admin.waitForURL(/\/people$/);
    await expectNoAxeViolations(admin, 'people');
    const form = admin.getByRole('form', { name: 'Invite someone' });
    await form.getByLabel('Email address').fill(COLLEAGUE.email);
    await form.getByLabel('Role').selectOption('viewer');
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => admin.getByText(`Invitation sent to ${COLLEAGUE.email}.`).count()).toBeGreaterThan(0);

    // Without SMTP_URL the message waits in the outbox, where the administrator can read it.
    await admin.getByRole('link', { name: 'Outbox' }).first().click();
    await admin.waitForURL(/\/outbox$/);
    await expect.poll(() => admin.getByText(COLLEAGUE.email).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(admin, 'outbox');
    const outbox = await admin.request.get(`${server.url}/api/organizations/${organizationId}/outbox`);
    const body: string = (await outbox.json()).messages[0].body;
    const link = /(http\S+\/invitations#token=\S+)/.exec(body)![1]!;

    const context = await browser.newContext({ viewport: PHONE });
    const colleague = await context.newPage();
    await colleague.goto(link);
    await expect.poll(() => colleague.getByText('Maple Grove Schools').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(colleague, 'invitation (phone)');
    await screenshot(colleague, 'invitation-phone');
    await colleague.getByLabel('Full name').fill(COLLEAGUE.name);
    await colleague.getByLabel('Choose a password').fill(COLLEAGUE.password);
    await colleague.getByLabel('Type the new password again').fill(COLLEAGUE.password);
    await colleague.getByRole('button', { name: 'Create account and join' }).click();
    await colleague.waitForURL(/\/o\/[0-9a-f-]{36}/);
    await expect.poll(() => colleague.getByRole('heading', { level: 1 }).textContent()).toContain('Maple Grove Schools');
    await expectNoAxeViolations(colleague, 'overview (phone, viewer)');
    await screenshot(colleague, 'overview-phone');
    await context.close();
  });

  it('changes the colleague’s role, recorded in the audit log', async () => {
    await admin.getByRole('link', { name: 'People' }).first().click();
    await admin.waitForURL(/\/people$/);
    await admin.reload();
    const roleSelect = admin.getByLabel(`Role of ${COLLEAGUE.name}`);
    await roleSelect.selectOption('planner');
    await admin.getByRole('button', { name: `Save the new role of ${COLLEAGUE.name}` }).click();
    await expect.poll(() => admin.getByText(`${COLLEAGUE.name} is now`).count()).toBeGreaterThan(0);
    const members = await (await admin.request.get(`${server.url}/api/organizations/${organizationId}/members`)).json();
    expect(members.members.find((m: { email: string }) => m.email === COLLEAGUE.email).role).toBe('planner');

    await admin.getByRole('link', { name: 'Audit log' }).first().click();
    await admin.waitForURL(/\/audit/);
    await expect.poll(() => admin.getByText('member.changed').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(admin, 'audit log');
    await screenshot(admin, 'audit-desktop');
  });

  it('switches the interface to Spanish and keeps it', async () => {
    await admin.getByLabel('Language').first().selectOption('es');
    await expect.poll(() => admin.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect.poll(() => admin.getByRole('link', { name: 'Personas' }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(admin, 'audit log in Spanish');
    await admin.reload();
    await expect.poll(() => admin.getByRole('link', { name: 'Personas' }).count()).toBeGreaterThan(0);
    await admin.getByLabel('Idioma').first().selectOption('en');
    await expect.poll(() => admin.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('signs out and back in', async () => {
    await admin.getByRole('button', { name: 'Account menu' }).click();
    await admin.getByRole('button', { name: 'Sign out', exact: true }).click();
    await admin.waitForURL(/\/sign-in/);
    await expectNoAxeViolations(admin, 'sign-in');
    await admin.getByLabel('Email address').fill(ADMIN.email);
    await admin.getByLabel('Password').fill('not the password');
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => admin.getByText('The email address or password is not correct.').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(admin, 'sign-in with an error');
    await admin.getByLabel('Password').fill(ADMIN.password);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.waitForURL(/\/o\/[0-9a-f-]{36}/);
  });

  it('passes axe-core on every page at desktop and phone width', async () => {
    const pages = ['', '/people', '/audit', '/outbox', '/settings'].map((p) => `/o/${organizationId}${p}`).concat(['/account', '/outbox']);
    for (const viewport of [DESKTOP, PHONE]) {
      await admin.setViewportSize(viewport);
      for (const path of pages) {
        await admin.goto(`${server.url}${path}`);
        await admin.getByRole('heading', { level: 1 }).waitFor();
        await admin.waitForLoadState('networkidle');
        await expectNoAxeViolations(admin, `${path} at ${viewport.width}px`);
        await screenshot(admin, `${path.replace(/\/o\/[^/]+/, 'org').replace(/\//g, '_') || 'home'}-${viewport.width}`);
      }
    }
    const anonymous = await browser.newPage({ viewport: PHONE });
    for (const path of ['/sign-in', '/forgot-password', '/reset-password#token=expired', '/reset-password?token=old', '/invitations#token=expired', '/invitations/old']) {
      await anonymous.goto(`${server.url}${path}`);
      await anonymous.getByRole('heading', { level: 1 }).waitFor();
      await expectNoAxeViolations(anonymous, `${path} (signed out, phone)`);
    }
    await anonymous.close();
  });
});
