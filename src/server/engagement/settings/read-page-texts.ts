import type { Kysely, Transaction } from 'kysely';
import { readStoredPageTexts, type PageTexts } from '../../../core/engagement/page-texts.js';
import { builtInPageLanguageOf } from '../../../core/engagement/respondent-page-words.js';
import type { DB } from '../../db/schema.js';
import { engagementSettingsRepo } from './engagement-settings.repo.js';

/**
 * The district's translations of the respondent page's own words (its engagement settings), for
 * a survey's page or its opening. A survey only in English and Spanish needs none, and costs no query.
 */
export async function readPageTexts(options: { db: Kysely<DB> | Transaction<DB>; organizationId: string; languages: readonly string[] }): Promise<PageTexts> {
  if (options.languages.every((language) => builtInPageLanguageOf(language))) return {};
  const row = await engagementSettingsRepo.find(options.db, options.organizationId);
  return readStoredPageTexts(row?.page_texts);
}
