import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, testConfig, type TestApp } from '../../testing/test-app.js';
import { openConversationFor, sampleConversation } from '../../testing/conversation-test-kit.js';
import { renderConversationFlyer } from './render-conversation-flyer.js';

const hasChromium = existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium');
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Río Grande ISD' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
});
afterAll(() => t.close());

describe('a conversation’s printable flyer', () => {
  it('draws the call and the prompt in the first two languages, the link written out and as a QR code, and the close date', async () => {
    const html = await renderConversationFlyer({
      prompt: { en: 'What should our graduates be able to do?', es: '¿Qué deberían saber hacer nuestros graduados?' },
      languages: ['es', 'en'],
      organizationName: 'Río Grande ISD',
      url: 'https://plans.example.org/c/abcd2345',
      closesAt: new Date('2026-05-30T12:00:00Z'),
    });
    expect(html).toMatch(/^<!doctype html><html lang="es">/);
    expect(html).toContain('<section lang="es" dir="ltr"><p class="call" lang="es" dir="ltr">Comparta sus ideas</p><h1>¿Qué deberían saber hacer nuestros graduados?</h1></section>');
    expect(html).toContain('<p class="call" lang="en" dir="ltr">Share your ideas</p><h1>What should our graduates be able to do?</h1>');
    expect(html).toContain('Abierta hasta el 30 de mayo de 2026.');
    expect(html).toMatch(/<div class="qr" role="img" aria-label="QR code: https:\/\/plans.example.org\/c\/abcd2345"><svg [^>]*viewBox/);
    expect(html).toContain('<p class="url">https://plans.example.org/c/abcd2345</p>');
  });

  it('prints none before the conversation has a public link (409)', async () => {
    const draft = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/conversations`, headers: planner.auth, payload: sampleConversation() }));
    const res = await t.app.inject({ method: 'GET', url: `/api/conversations/${draft.id}/flyer.pdf`, headers: viewer.auth });
    expect(res.statusCode).toBe(409);
    expect(json(res).error.message).toMatch(/open the conversation, then print its flyer/);
  });

  it.skipIf(!hasChromium)('prints a one-page PDF for every role of the district', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth);
    const res = await t.app.inject({ method: 'GET', url: `/api/conversations/${id}/flyer.pdf`, headers: viewer.auth });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    if (!hasPdftotext) return console.warn('pdftotext is not installed, so the flyer’s text was not checked');
    const text = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).stdout.toString('utf8').replace(/\s+/g, ' ');
    expect(text).toContain(`${testConfig.publicUrl}/c/${code}`);
    expect(text).toContain('What should our graduates be able to do?');
  });
});
