import type { Kysely, Transaction } from 'kysely';
import type { MergeValues } from '../../../core/process/merge-fields.js';
import type { DB } from '../../db/schema.js';
import { invalidInput } from '../../errors.js';
import { outreachRepo } from './outreach.repo.js';

/** A session's calendar day written out in full ("Tuesday, March 3, 2026"), never shifted by a time zone. */
export function formatSessionDate(date: string, locale: 'en' | 'es') {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es' : 'en-US', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/**
 * The values every recipient shares: the district's name from the organization, the session's
 * name and date from the cycle's sessions, and the link as given. A session of another cycle is
 * refused by name.
 */
export async function sharedMergeValues(options: {
  db: Kysely<DB> | Transaction<DB>;
  cycleId: string;
  districtName: string;
  sessionId?: string | null;
  link?: string | null;
  locale: 'en' | 'es';
}): Promise<{ values: MergeValues; session: { id: string; name: string } | null }> {
  const values: MergeValues = { district_name: options.districtName };
  let session: { id: string; name: string } | null = null;
  if (options.sessionId) {
    const row = await outreachRepo.findSession(options.db, options.cycleId, options.sessionId);
    if (!row) throw invalidInput('/sessionId', 'is not a session of this cycle', { code: 'not_in_this_cycle' });
    values.session_name = row.name;
    values.session_date = formatSessionDate(row.session_date, options.locale);
    session = { id: row.id, name: row.name };
  }
  if (options.link) values.link = options.link;
  return { values, session };
}
