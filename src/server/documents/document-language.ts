import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../core/i18n/format-message.js';
import { readerLanguage } from '../http/reader-language.js';

/** `?lang=` on a document's address: the web app names the language on the reader's screen. */
export const documentLanguageQuery = {
  lang: z.enum(['en', 'es']).optional().describe("The reader's language for headings, labels, dates and numbers; else the Accept-Language header, else English"),
};

/**
 * The language a downloaded document is written in. A download is a plain link, so the browser
 * sends its own Accept-Language, not the language chosen in the app: the app adds `?lang=`.
 */
export function documentLanguage(request: Pick<FastifyRequest, 'headers'> & { query: { lang?: Locale | undefined } }): Locale {
  return request.query.lang ?? readerLanguage(request);
}
