import type { Kysely } from 'kysely';
import { fillMergeFields } from '../../../core/process/merge-fields.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { checkMergeFields } from './manage-outreach-items.js';
import { sharedMergeValues } from './merge-values.js';
import { outreachRepo } from './outreach.repo.js';

/**
 * An item as a recipient would read it: the saved text, or the editor's unsaved text when given,
 * with the fields that have a value filled; the others stay as {{name}} and are listed.
 */
export async function previewOutreachItem(options: {
  db: Kysely<DB>;
  organizationId: string;
  cycleId: string;
  itemId: string;
  locale: 'en' | 'es';
  draft: { subject?: string | null; body?: string | null };
  sessionId?: string | null;
  link?: string | null;
  recipientName?: string | null;
}) {
  const { db, organizationId, cycleId, itemId, draft } = options;
  const cycle = await outreachRepo.findCycle(db, organizationId, cycleId);
  const item = cycle && (await outreachRepo.findItem(db, cycleId, itemId));
  if (!cycle || !item) throw notFound('Outreach item');
  const texts = { subject: draft.subject ?? item.subject, body: draft.body ?? item.body };
  checkMergeFields(texts);
  const { values } = await sharedMergeValues({ db, cycleId, districtName: cycle.district_name, sessionId: options.sessionId, link: options.link, locale: options.locale });
  if (options.recipientName) values.recipient_name = options.recipientName;
  const subject = texts.subject === null ? null : fillMergeFields(texts.subject, values);
  const body = fillMergeFields(texts.body, values);
  return { subject: subject?.text ?? null, body: body.text, missing: [...new Set([...(subject?.missing ?? []), ...body.missing])] };
}
