import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('outbox', () => {
  it("shows an administrator their district's held mail, and an operator everything", async () => {
    const org = await t.factories.organization();
    const admin = await t.factories.user({ organizationId: org.id, role: 'administrator' });
    const operator = await t.factories.user({ isOperator: true });
    await t.app.inject({ method: 'POST', url: `/api/organizations/${org.id}/invitations`, headers: admin.auth, payload: { email: 'held@example.org', role: 'viewer' } });
    await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: admin.email } });

    const district = json(await t.app.inject({ method: 'GET', url: `/api/organizations/${org.id}/outbox`, headers: admin.auth }));
    expect(district.messages.map((m: { to: string }) => m.to)).toEqual(['held@example.org']);
    expect(district.messages[0]).toMatchObject({ status: 'held', sentAt: null });
    expect(district.messages[0].body).toContain('/invitations#token=');

    const everything = json(await t.app.inject({ method: 'GET', url: '/api/outbox', headers: operator.auth }));
    expect(everything.messages.map((m: { to: string }) => m.to).sort()).toEqual([admin.email, 'held@example.org'].sort());
    expect((await t.app.inject({ method: 'GET', url: '/api/outbox', headers: admin.auth })).statusCode).toBe(403);
  });

  it('pages without skipping messages written in one transaction', async () => {
    const org = await t.factories.organization();
    const admin = await t.factories.user({ organizationId: org.id, role: 'administrator' });
    const { inTransaction } = await import('../../db/transaction.js');
    const { outboxRepo } = await import('./outbox.repo.js');
    await inTransaction(t.ctx.db, async (trx) => {
      for (let i = 0; i < 5; i++) await outboxRepo.enqueue(trx, { organizationId: org.id, to: `p${i}@example.org`, subject: 's', text: 't' }, 'held');
    });
    const seen: string[] = [];
    let before: string | null = null;
    do {
      const page: { messages: Array<{ to: string }>; nextBefore: string | null } = json(
        await t.app.inject({ method: 'GET', url: `/api/organizations/${org.id}/outbox?limit=2${before ? `&before=${before}` : ''}`, headers: admin.auth }),
      );
      seen.push(...page.messages.map((m) => m.to));
      before = page.nextBefore;
    } while (before);
    expect(seen.sort()).toEqual(['p0@example.org', 'p1@example.org', 'p2@example.org', 'p3@example.org', 'p4@example.org']);
  });
});
