import type { FastifyRequest } from 'fastify';
import { matchLocale, type Locale } from '../../core/i18n/format-message.js';

/**
 * The language the reader of this request reads, from its Accept-Language header: the web
 * application sends the language chosen on the page, an API client whatever it prefers, and a
 * request without one reads English, as the API always has.
 */
export function readerLanguage(request: Pick<FastifyRequest, 'headers'>): Locale {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string' || !header.trim()) return 'en';
  const tags = header
    .split(',')
    .map((part) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), quality: quality === undefined ? 1 : Number(quality) };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality);
  return matchLocale(tags.map((entry) => entry.tag));
}
