import { builtInPageWords, pageTextKeys, type PageTextKey } from '../../core/engagement/respondent-page-words.js';
import type { TestApp } from './test-app.js';

/** Real Arabic for the words a respondent meets first; the rest are placeholders-kept stand-ins. */
export const arabicPageWords: Partial<Record<PageTextKey, string>> = {
  skip: 'انتقل إلى الأسئلة',
  language: 'اللغة',
  by: 'استبيان من {organization}',
  modeTitleAnonymous: 'مجهول الهوية',
  modeAnonymous: 'لا نحتفظ بأي شيء قد يدل على هويتك، ولا حتى عنوان جهازك.',
  closesOn: 'مفتوح حتى {date}.',
  keptOnDevice: 'تُحفظ إجاباتك على هذا الجهاز حتى ترسلها.',
  pageOf: 'الصفحة {page} من {pages}',
  required: 'مطلوب',
  requiredNote: 'الأسئلة المميزة بكلمة «مطلوب» تحتاج إلى إجابة.',
  start: 'ابدأ',
  next: 'التالي',
  back: 'السابق',
  send: 'أرسل إجاباتي',
  errorsTitle: 'بعض الإجابات تحتاج إلى مراجعة',
  thanksTitle: 'شكرًا لكم',
  thanksDefault: 'وصلتنا إجاباتكم.',
  kioskBadge: 'محطة الاستبيان',
  previewBanner: 'معاينة: لا تُرسل الإجابات',
  closedTitle: 'هذا الاستبيان مغلق',
  closedOnText: 'أُغلق هذا الاستبيان في {date}. شكرًا لاهتمامكم.',
  poweredBy: 'استبيان أُعدّ باستخدام Waymark',
  'problem.required': 'يرجى الإجابة عن هذا السؤال.',
};

/** Every page text of a language: the given ones, and for the rest a stand-in keeping the English text's {placeholders}. */
export function completePageTexts(given: Partial<Record<PageTextKey, string>> = arabicPageWords, standIn = 'نص'): Record<PageTextKey, string> {
  return Object.fromEntries(pageTextKeys.map((key) => [key, given[key] ?? [standIn, ...(builtInPageWords.en[key].match(/\{\w+\}/g) ?? [])].join(' ')])) as Record<PageTextKey, string>;
}

/** Saves a district's page texts through the API, at its current version; returns the saved settings. */
export async function savePageTexts(t: TestApp, districtId: string, auth: Record<string, string>, pageTexts: Record<string, Record<string, string>>) {
  const url = `/api/districts/${districtId}/engagement-settings`;
  // Parsed here rather than with test-app's json(): the browser journeys import this kit without the server.
  const { version } = JSON.parse((await t.app.inject({ method: 'GET', url, headers: auth })).body) as { version: number };
  const saved = await t.app.inject({ method: 'PUT', url, headers: auth, payload: { version, page_texts: pageTexts } });
  if (saved.statusCode !== 200) throw new Error(`saving page texts failed: ${saved.statusCode} ${saved.body}`);
  return JSON.parse(saved.body) as unknown;
}
