import QRCode from 'qrcode';
import { isRightToLeft } from '../../../core/engagement/survey-format.js';
import { escapeHtml } from '../../documents/escape-html.js';

/** A line of the flyer's own words, and the language it is really in (English where a translation is missing). */
export interface FlyerLine {
  text: string;
  language: string;
}

/** What the flyer says in one language: the call, the title (a survey's, a conversation's prompt), a line of introduction. */
export interface FlyerLanguage {
  language: string;
  call: FlyerLine;
  title: string;
  intro: string;
  scan: FlyerLine;
  answerBy: FlyerLine | null;
}

/**
 * A printable flyer for a public page (a survey, a conversation): one Letter page for a school's
 * front office or a community event, each language's call, title and introduction, a QR code to
 * the public link, the link written out for those without a camera, and the date it closes.
 * Self-contained HTML (the QR code an inline SVG) for Chromium to print.
 */
export async function renderFlyerPage(options: { organizationName: string; url: string; languages: readonly FlyerLanguage[] }): Promise<string> {
  const { url, languages } = options;
  const qr = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1, color: { dark: '#000000', light: '#ffffff' } });
  const attrs = (lang: string) => `lang="${escapeHtml(lang)}" dir="${isRightToLeft(lang) ? 'rtl' : 'ltr'}"`;
  const line = (word: FlyerLine, className = '') => `<p${className ? ` class="${className}"` : ''} ${attrs(word.language)}>${escapeHtml(word.text)}</p>`;
  const blocks = languages
    .map((words) => `<section ${attrs(words.language)}>${line(words.call, 'call')}<h1>${escapeHtml(words.title)}</h1>${words.intro ? `<p class="intro">${escapeHtml(words.intro)}</p>` : ''}</section>`)
    .join('<hr>');
  const scan = languages.map((words) => line(words.scan, 'scan')).join('');
  const closing = languages.flatMap((words) => (words.answerBy ? [line(words.answerBy)] : []));
  const closes = closing.length ? `<div class="closes">${closing.join('')}</div>` : '';
  const first = languages[0];
  return `<!doctype html><html lang="${escapeHtml(first?.language ?? 'en')}"><head><meta charset="utf-8"><title>${escapeHtml(first?.title ?? '')}</title>
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
