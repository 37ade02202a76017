import type { Transaction } from 'kysely';
import { conversationTextProblems, type ConversationTexts } from '../../../core/engagement/conversations/conversation-texts.js';
import type { DB } from '../../db/schema.js';
import { AppError, invalidInput } from '../../errors.js';
import { problemsError } from '../surveys/survey-problems-error.js';
import { conversationsRepo } from './conversations.repo.js';

/**
 * The rules of a conversation's settings a schema cannot say, shared by creating and changing one:
 * its texts by the survey format's rules (400 naming each problem), a close date after the open
 * date, and a cycle and engagement-plan entry of the district that agree (an entry names its cycle,
 * so choosing one sets the cycle). Returns the cycle to store.
 */
export async function checkConversationSettings(
  trx: Transaction<DB>,
  organizationId: string,
  settings: { texts: ConversationTexts; opensAt: string | null; closesAt: string | null; cycleId: string | null; engagementEntryId: string | null; isCycleGiven: boolean },
): Promise<{ cycleId: string | null }> {
  const problems = conversationTextProblems(settings.texts);
  if (problems.length) throw problemsError(problems, 'The conversation’s texts have problems');
  if (settings.opensAt && settings.closesAt && Date.parse(settings.closesAt) <= Date.parse(settings.opensAt)) throw invalidInput('/closes_at', 'must be after the opening date', { code: 'end_before_start' });
  let cycleId = settings.cycleId;
  if (settings.isCycleGiven && cycleId && !(await conversationsRepo.isCycleOfDistrict(trx, organizationId, cycleId))) {
    throw invalidInput('/cycle_id', 'is not a planning cycle of this district', { code: 'does_not_exist' });
  }
  if (settings.engagementEntryId) {
    const entry = await conversationsRepo.findEngagementEntry(trx, organizationId, settings.engagementEntryId);
    if (!entry) throw invalidInput('/engagement_entry_id', 'is not an entry of this district’s engagement plans', { code: 'does_not_exist' });
    if (cycleId && cycleId !== entry.cycle_id) throw invalidInput('/engagement_entry_id', 'is in another planning cycle than the conversation’s', { code: 'not_in_this_cycle' });
    cycleId = entry.cycle_id;
  }
  return { cycleId };
}

/**
 * Verified emails need mail that leaves the server: without a mail server (SMTP_URL) the code would
 * wait in the outbox, and participants' addresses are for no one to read there.
 */
export const cannotVerifyEmail = () =>
  new AppError('invalid_input', 'This server sends no mail (SMTP_URL is not set), so participants could not receive a code: ask your administrator to set up mail first', [
    { path: '/verify_email', message: 'needs the server to send mail (SMTP_URL)', code: 'mail_not_configured' },
  ]);
