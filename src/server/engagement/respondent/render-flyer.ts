import QRCode from 'qrcode';
import { textIn } from '../../../core/engagement/likert-scales.js';
import { isRightToLeft, type SurveyDocument } from '../../../core/engagement/survey-format.js';
import { escapeHtml } from '../../documents/escape-html.js';
import type { PageTexts } from '../../../core/engagement/page-texts.js';
import { longDate } from './page-frame.js';
import { pageWordsIn, type SurveyPageMessageKey } from './survey-page-messages.js';

/**
 * The printable flyer: one Letter page for a school's front office or a community event, in the
 * survey's first two languages (English and Spanish for most), its title and one line of its
 * introduction in each, a QR code to the public link, the link written out for those without a
 * camera, and the date it closes. Self-contained HTML (the QR code an inline SVG) for Chromium to print.
 */
export async function renderFlyer(options: { document: SurveyDocument; organizationName: string; url: string; closesAt: Date | null; pageTexts?: PageTexts }): Promise<string> {
  const { document, url } = options;
  const languages = document.languages.slice(0, 2);
  const qr = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1, color: { dark: '#000000', light: '#ffffff' } });
  const attrs = (lang: string) => `lang="${escapeHtml(lang)}" dir="${isRightToLeft(lang) ? 'rtl' : 'ltr'}"`;
  const words = languages.map((language) => {
    const page = pageWordsIn(language, options.pageTexts);
    // Each of the page's own words is marked with the language it is in: English where the district has not translated it.
    const line = (key: SurveyPageMessageKey, className = '') => {
      const word = page.word(key, key === 'flyerAnswerBy' && options.closesAt ? { date: longDate(options.closesAt, page.word(key).fallback ?? language) } : {});
      return `<p${className ? ` class="${className}"` : ''} ${attrs(word.fallback ?? language)}>${escapeHtml(word.text)}</p>`;
    };
    return { language, line, attrs: attrs(language) };
  });
  const blocks = words
    .map(({ language, line, attrs }) => {
      const title = textIn(document.title, language, document.languages);
      const intro = document.intro ? firstLine(textIn(document.intro, language, document.languages)) : '';
      return `<section ${attrs}>${line('flyerCall', 'call')}<h1>${escapeHtml(title)}</h1>${intro ? `<p class="intro">${escapeHtml(intro)}</p>` : ''}</section>`;
    })
    .join('<hr>');
  const scan = words.map(({ line }) => line('flyerScan', 'scan')).join('');
  const closes = options.closesAt ? `<div class="closes">${words.map(({ line }) => line('flyerAnswerBy')).join('')}</div>` : '';
  return `<!doctype html><html lang="${escapeHtml(languages[0] ?? 'en')}"><head><meta charset="utf-8"><title>${escapeHtml(textIn(document.title, languages[0] ?? 'en', document.languages))}</title>
<style>
@page{size:Letter;margin:0.6in}
body{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;color:#111;margin:0}
.org{font-size:14pt;font-weight:700;text-align:center;margin:0 0 12pt}
section{text-align:center}
.call{font-size:13pt;text-transform:uppercase;letter-spacing:.08em;margin:0 0 4pt;color:#333}
h1{font-size:24pt;line-height:1.15;margin:0 0 8pt}
.intro{font-size:13pt;margin:0 0 8pt}
.scans{margin-top:14pt;text-align:center;font-size:12pt}
.scans p,.closes p{margin:2pt 0}
.closes{font-weight:700;text-align:center;font-size:13pt;margin-top:10pt}
hr{border:0;border-top:1pt solid #999;margin:14pt 0}
.qr{display:block;width:2.6in;height:2.6in;margin:8pt auto 6pt}
.qr svg{width:100%;height:100%}
.url{font:700 17pt/1.3 "DejaVu Sans Mono",monospace;text-align:center;word-break:break-all;margin:0}
</style></head><body>
<p class="org">${escapeHtml(options.organizationName)}</p>
${blocks}
<div class="scans">${scan}</div>
<div class="qr" role="img" aria-label="QR code: ${escapeHtml(url)}">${qr}</div>
<p class="url">${escapeHtml(url)}</p>
${closes}
</body></html>`;
}

/** The introduction's first sentence or line, short enough for a flyer. */
function firstLine(text: string): string {
  const line = text.split('\n').find((part) => part.trim())?.trim() ?? '';
  const sentence = /^(.{20,220}?[.!?。؟])(\s|$)/u.exec(line)?.[1] ?? line;
  return sentence.length > 240 ? `${sentence.slice(0, 237).trimEnd()}…` : sentence;
}
