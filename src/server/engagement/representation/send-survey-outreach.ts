import type { AppContext } from '../../context.js';
import { AppError, invalidInput } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { sendInvitation } from '../../process/outreach/send-invitation.js';
import { readStakeholderGroups } from '../../process/stakeholders/read-stakeholder-groups.js';
import { readSurvey } from '../surveys/list-surveys.js';
import { publicUrlOf } from '../surveys/survey-life.js';

/**
 * The one click beside a representation gap: sends one of the cycle's email invitations, with the
 * survey's public link as its {{link}}, to each chosen stakeholder group, through the planning
 * process's own send (one message per contact, logged and audited there).
 */
export async function sendSurveyOutreach(options: { ctx: AppContext; actor: Actor; senderName: string; locale: 'en' | 'es'; organizationId: string; surveyId: string; itemId: string; groupIds: readonly string[] }) {
  const { ctx, organizationId, surveyId } = options;
  const survey = await readSurvey({ db: ctx.db, organizationId, surveyId });
  if (!survey.cycle_id) throw new AppError('conflict', 'This survey serves no planning cycle; choose its cycle in the survey settings first', []);
  const link = publicUrlOf(ctx.config.publicUrl, survey.public_code);
  if (!link || survey.status !== 'open') throw new AppError('conflict', 'Open the survey before inviting people to answer it', []);
  // Every group is checked before the first is sent to, so a bad choice sends nothing at all.
  const groupIds = [...new Set(options.groupIds)];
  const groups = await readStakeholderGroups({ db: ctx.db, organizationId, cycleId: survey.cycle_id });
  groupIds.forEach((groupId, at) => {
    const group = groups.find((g) => g.id === groupId);
    if (!group) throw invalidInput(`/stakeholder_group_ids/${at}`, 'is not a stakeholder group of the survey’s cycle', { code: 'not_in_this_cycle' });
    if (!group.contacts.length) throw invalidInput(`/stakeholder_group_ids/${at}`, 'has no contacts to send to; add some to the group first', { code: 'no_contacts' });
  });
  const sent: { stakeholder_group_id: string; recipients: number }[] = [];
  for (const [at, groupId] of groupIds.entries()) {
    try {
      const send = await sendInvitation({ ctx, actor: options.actor, senderName: options.senderName, locale: options.locale, organizationId, cycleId: survey.cycle_id, itemId: options.itemId, groupId, link });
      sent.push({ stakeholder_group_id: groupId, recipients: send.recipient_count });
    } catch (error) {
      // The process names its own request's fields; here the group is the n-th of the list.
      if (error instanceof AppError && error.code === 'invalid_input') {
        throw new AppError('invalid_input', error.message, error.details.map((detail) => ({ ...detail, path: detail.path === '/stakeholderGroupId' ? `/stakeholder_group_ids/${at}` : detail.path.startsWith('params/') ? '/outreach_item_id' : detail.path })));
      }
      if (error instanceof AppError && error.code === 'not_found') throw new AppError('invalid_input', 'The invitation is not in the cycle’s outreach kit', [{ path: '/outreach_item_id', message: 'is not an email invitation of the cycle’s outreach kit', code: 'does_not_exist' }]);
      throw error;
    }
  }
  return { sent };
}
