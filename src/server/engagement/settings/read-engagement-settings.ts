import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { engagementSettingsRepo } from './engagement-settings.repo.js';
import { presentEngagementSettings } from './engagement-settings.present.js';

/** The district's engagement settings (the results' threshold, the representation gap), or the defaults. */
export async function readEngagementSettings(options: { db: Kysely<DB>; organizationId: string }) {
  return presentEngagementSettings(await engagementSettingsRepo.find(options.db, options.organizationId));
}
