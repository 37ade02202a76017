import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishPageText, pageTextKeysOf } from '../../../core/engagement/page-texts.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { sampleConversation } from '../../testing/conversation-test-kit.js';
import { savePageTexts } from '../../testing/page-texts-kit.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let administrator: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Dearborn Public Schools' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  administrator = await t.factories.user({ organizationId: districtId, role: 'administrator' });
});
afterAll(() => t.close());

/** The conversation page's words in Arabic: a few real ones, the rest stand-ins keeping the English text's placeholders. */
const arabic: Record<string, string> = Object.fromEntries(pageTextKeysOf('conversation').map((key) => [key, ['نص', ...(englishPageText(key).match(/\{\w+\}/g) ?? [])].join(' ')]));
Object.assign(arabic, { 'conversation.start': 'ابدأ', 'conversation.agree': 'أوافق', 'conversation.joinTitle': 'قبل أن تبدأ', 'conversation.policy.spam': 'إعلان أو روابط أو تكرار.', 'conversation.results.participationTitle': 'من شارك' });

describe('a conversation in a language beyond English and Spanish', () => {
  it('opens only once the district has translated the participant page’s words, then shows them right to left', async () => {
    const body = sampleConversation({ prompt: { en: 'What should our graduates be able to do?', ar: 'ماذا يجب أن يستطيع خريجونا فعله؟' }, languages: ['en', 'ar'], demographics: [] });
    const created = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/conversations`, headers: planner.auth, payload: body }));
    const refused = await t.app.inject({ method: 'POST', url: `/api/conversations/${created.id}/open`, headers: planner.auth });
    expect(refused.statusCode).toBe(400);
    expect(json(refused).error.details).toEqual([expect.objectContaining({ path: '/page_texts/ar', code: 'missing_translation', params: { language: 'ar', count: pageTextKeysOf('conversation').length } })]);

    // The district's administrator translates the page once, in the engagement settings.
    await savePageTexts(t, districtId, administrator.auth, { ar: arabic });
    const opened = await t.app.inject({ method: 'POST', url: `/api/conversations/${created.id}/open`, headers: planner.auth });
    expect(opened.statusCode, opened.body).toBe(200);
    const page = await t.app.inject({ method: 'GET', url: `/c/${json(opened).public_code}?lang=ar` });
    expect(page.body).toMatch(/<html lang="ar" dir="rtl">/);
    expect(page.body).toContain('<h2 id="join-title">قبل أن تبدأ</h2>');
    expect(page.body).toContain('>ابدأ</button>');
    expect(page.body).toContain('<li>إعلان أو روابط أو تكرار.</li>');
    // English readers still read the built-in words.
    const english = await t.app.inject({ method: 'GET', url: `/c/${json(opened).public_code}?lang=en` });
    expect(english.body).toMatch(/<html lang="en" dir="ltr">/);
    expect(english.body).toContain('>Start</button>');

    // Its published results read in Arabic too, right to left.
    const published = await t.app.inject({ method: 'PUT', url: `/api/conversations/${created.id}/results/publication`, headers: planner.auth });
    expect(published.statusCode, published.body).toBe(200);
    const results = await t.app.inject({ method: 'GET', url: `/c/${json(opened).public_code}/results?lang=ar` });
    expect(results.statusCode).toBe(200);
    expect(results.body).toMatch(/<html lang="ar" dir="rtl">/);
    expect(results.body).toContain('<h2 id="participation-title">من شارك</h2>');
  });
});
