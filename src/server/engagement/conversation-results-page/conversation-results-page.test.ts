import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { addSeed, openConversationFor } from '../../testing/conversation-test-kit.js';
import { addParticipants, addVotes, ratedConversation } from '../../testing/conversation-results-test-kit.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Río Grande ISD' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
});
afterAll(() => t.close());

const page = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const publish = (id: string) => t.app.inject({ method: 'PUT', url: `/api/conversations/${id}/results/publication`, headers: planner.auth });

describe('the public results page, /c/:code/results', () => {
  it('is 404 in the reader’s language until published, and again once taken down', async () => {
    const { id, code } = await ratedConversation(t, districtId, planner.auth);
    const before = await page(`/c/${code}/results`, { 'accept-language': 'es' });
    expect(before.statusCode).toBe(404);
    expect(before.body).toContain('Los resultados de esta conversación no están publicados.');
    expect((await page('/c/nonsense/results')).statusCode).toBe(404);
    expect((await publish(id)).statusCode).toBe(200);
    expect((await page(`/c/${code}/results`)).statusCode).toBe(200);
    await t.app.inject({ method: 'DELETE', url: `/api/conversations/${id}/results/publication`, headers: planner.auth });
    expect((await page(`/c/${code}/results`)).statusCode).toBe(404);
  });

  it('shows a rate-mode conversation’s top ideas with their ratings and the district’s reply, in Spanish, without a script', async () => {
    const { id, code, statements } = await ratedConversation(t, districtId, planner.auth);
    const replied = await t.app.inject({ method: 'PUT', url: `/api/conversations/${id}/statements/${statements.pay}/reply`, headers: planner.auth, payload: { version: 0, reply: { es: 'Lo estudiaremos.' }, what_we_did: { es: 'Subimos los sueldos.' } } });
    expect(replied.statusCode, replied.body).toBe(200);
    await publish(id);
    const res = await page(`/c/${code}/results`, { 'accept-language': 'es-MX,es;q=0.9' });
    expect(res.statusCode).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/style-src 'sha256-/);
    expect(csp).not.toContain('script-src');
    const html = res.body;
    expect(html).toMatch(/<html lang="es" dir="ltr">/);
    expect(html).toContain('¿Qué deberían saber hacer nuestros graduados?</h1>');
    expect(html).toContain('Resultados de una conversación de Río Grande ISD');
    expect(html).toContain('Ideas mejor valoradas');
    expect(html).toContain('Pay teachers more');
    expect(html).toContain('Promedio de 4,5 de 5 estrellas, con 20 valoraciones');
    expect(html).toContain('<strong>El distrito respondió:</strong> Lo estudiaremos.');
    expect(html).toContain('<strong>Lo que hicimos:</strong> Subimos los sueldos.');
    // Rated by two people only: not listed publicly; the hidden idea never.
    expect(html).not.toContain('Two fives');
    expect(html).not.toContain('A hidden idea');
    expect(html.indexOf('Pay teachers more')).toBeLessThan(html.indexOf('Run the buses later'));
    expect(html).not.toMatch(/<script|<form|style="/);
    expect(html).toContain(`href="/c/${code}/results?lang=en"`);
    expect(Buffer.byteLength(html)).toBeLessThan(20_000);
  });

  it('hides the number of participants under the threshold', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth, { mode: 'rate', prompt: { en: 'Few?' }, languages: ['en'] });
    await addParticipants(t, id, districtId, [{}, {}]);
    await publish(id);
    const html = (await page(`/c/${code}/results`)).body;
    expect(html).toContain('Fewer than 5 people');
    expect(html).toContain('No idea has been rated by enough people yet.');
  });

  it('shows a vote-mode conversation with no votes yet as nothing to show', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth);
    await publish(id);
    const res = await page(`/c/${code}/results?lang=es`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain('Todavía no hay nada que mostrar aquí.');
    // Nobody is a count of no one: shown as 0, as an empty group is.
    expect(res.body).toContain('<dd class="count">0</dd>');
  });

  it('shows a vote-mode conversation’s consensus, bridging statements and opinion groups big enough to show', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth);
    const seeds = [];
    for (const text of ['Buses later', 'More art', 'Less homework', 'Longer lunch']) seeds.push(await addSeed(t, id, planner.auth, text));
    const a = await addParticipants(t, id, districtId, Array.from({ length: 12 }, () => ({})));
    const b = await addParticipants(t, id, districtId, Array.from({ length: 12 }, () => ({})));
    // Everyone agrees on the first; the two camps split on the rest.
    await addVotes(t, id, districtId, seeds[0]!, [...a, ...b], 1);
    for (const seed of seeds.slice(1)) {
      await addVotes(t, id, districtId, seed, a, 1);
      await addVotes(t, id, districtId, seed, b, -1);
    }
    await publish(id);
    const html = (await page(`/c/${code}/results?lang=en`)).body;
    expect(html).toContain('Where most people agree');
    expect(html).toContain('Buses later');
    expect(html).toMatch(/100% agreed/);
    expect(html).toContain('Opinion groups');
    expect(html).toMatch(/Group A: 12 people/);
    expect(html).toMatch(/Group B: 12 people/);
    // Only what both camps agree with bridges them; what splits them does not.
    const bridging = html.slice(html.indexOf('Ideas that bring groups together'), html.indexOf('Opinion groups'));
    expect(bridging).toContain('Buses later');
    expect(bridging).not.toContain('More art');
  });
});
