import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAdoptedPlan } from '../../testing/adopted-plan.js';
import { cedarPlan } from '../../testing/monitoring-test-kit.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
type Item = { link: { kind: string; plan_id?: string; comment_id?: string; theme_id?: string }; source: string; label: string; text: string };
let t: TestApp;
let districtId: string;
let planId: string;
let viewer: Person;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Willow Creek' })).id;
  const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  planId = await importAdoptedPlan(t, { districtId, headers: planner.auth, document: cedarPlan, adopt: false });
  // The window and its comments as the public comment routes store them (their own tests post through them).
  const window = await t.ctx.db
    .insertInto('public_comment_periods')
    .values({ organization_id: districtId, plan_id: planId, draft_version: 1, opens_on: '2026-01-05', closes_on: '2099-12-31' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const comments = {
    accepted: { element_key: 'G1.S1', body: 'Tutoring should start in kindergarten, not in first grade, for every child who needs it.', author_name: 'Luis Ortega', email: 'luis@example.org', role: 'families', status: 'accepted' },
    pending: { body: 'Thank you for asking us.', status: 'pending' },
    hidden: { element_key: 'G1', body: 'Something the moderators hid', status: 'hidden' },
    unconfirmed: { element_key: 'G1', body: 'Someone who never confirmed the address', email: 'who@example.org', status: 'unconfirmed' },
  } as const;
  for (const [name, comment] of Object.entries(comments)) {
    const row = await t.ctx.db
      .insertInto('public_comments')
      .values({ organization_id: districtId, plan_id: planId, period_id: window.id, submission_id: crypto.randomUUID(), ...comment })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[name] = row.id;
  }
  // A theme holding the accepted comment and the hidden one.
  await t.ctx.db.insertInto('public_comment_theme_sets').values({ period_id: window.id, organization_id: districtId, status: 'done', requested_by: null, started_at: new Date() }).execute();
  const theme = await t.ctx.db
    .insertInto('public_comment_themes')
    .values({ organization_id: districtId, period_id: window.id, label: 'Start earlier', words: JSON.stringify(['kindergarten']), position: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  ids.theme = theme.id;
  for (const name of ['accepted', 'hidden']) {
    await t.ctx.db.insertInto('public_comment_theme_comments').values({ comment_id: ids[name]!, organization_id: districtId, period_id: window.id, theme_id: theme.id }).execute();
  }
});
afterAll(() => t.close());

const citable = async (language = 'en') =>
  (json(await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/citable-evidence`, headers: { ...viewer.auth, 'accept-language': language } })).items as Item[]).filter((item) =>
    item.link.kind.startsWith('public_comment'),
  );

describe('citing the public comment on a draft', () => {
  it('offers accepted and pending comments quoted with their role, and their themes, never a hidden or unconfirmed one, a name or an address', async () => {
    const items = await citable();
    expect(items).toEqual([
      {
        link: { kind: 'public_comment', plan_id: planId, comment_id: ids.accepted },
        source: 'Public comment on the draft',
        label: 'G1.S1: Tutoring should start in kindergarten, not in first…',
        text: '“Tutoring should start in kindergarten, not in first grade, for every child who needs it.” — Parents and families, public comment on the draft',
      },
      { link: { kind: 'public_comment', plan_id: planId, comment_id: ids.pending }, source: 'Public comment on the draft', label: 'Whole draft: Thank you for asking us.', text: '“Thank you for asking us.” — public comment on the draft' },
      // The hidden comment in the theme is not counted.
      { link: { kind: 'public_comment_theme', plan_id: planId, theme_id: ids.theme }, source: 'Public comment on the draft', label: 'Start earlier', text: 'Public comment on the draft: theme “Start earlier” across one comment' },
    ]);
    const everything = JSON.stringify(items);
    for (const secret of ['Luis', 'luis@example.org', 'moderators hid', 'never confirmed']) expect(everything).not.toContain(secret);
  });

  it('words them in Spanish', async () => {
    const items = await citable('es');
    expect(items[0]).toMatchObject({ source: 'Comentario público sobre el borrador', text: '«Tutoring should start in kindergarten, not in first grade, for every child who needs it.» — Madres, padres y familias, comentario público sobre el borrador' });
    expect(items[1]!.label).toBe('Todo el borrador: Thank you for asking us.');
    expect(items[2]!.text).toBe('Comentario público sobre el borrador: tema «Start earlier» en un comentario');
  });

  it('is cited on a strategy and kept through export', async () => {
    const [comment] = await citable();
    const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
    const element = await t.ctx.db.selectFrom('plan_elements').select(['id', 'version', 'fields']).where('plan_id', '=', planId).where('key', '=', 'G1.S1').executeTakeFirstOrThrow();
    const evidence = [{ text: comment!.text, link: comment!.link }];
    const saved = await t.app.inject({ method: 'PATCH', url: `/api/plans/${planId}/elements/${element.id}`, headers: planner.auth, payload: { version: element.version, fields: { ...(element.fields as object), extensions: { waymark_evidence: evidence } } } });
    expect(saved.statusCode, saved.body).toBe(200);
    const exported = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/export`, headers: planner.auth }));
    expect(exported.plan.goals[0].strategies[0].extensions).toEqual({ waymark_evidence: evidence });
  });
});
