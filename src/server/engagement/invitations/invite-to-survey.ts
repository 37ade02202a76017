import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { invalidInput } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { queueMail } from '../../platform/outbox/queue-mail.js';
import { readStakeholderGroups } from '../../process/stakeholders/read-stakeholder-groups.js';
import { gatherRecipients, type Contact } from '../../../core/engagement/invitations/invitation-recipients.js';
import { invitationMail, mailChromeOf } from './invitation-mail.js';
import { invitationToken, invitationTokenHash, optOutLink, personalLink } from './invitation-token.js';
import { mailLanguage, readSurveyToInviteTo } from './survey-invitation-scope.js';
import { surveyInvitationsRepo } from './survey-invitations.repo.js';

/**
 * Mails an open survey's personal links: to every contact of the chosen stakeholder groups of the
 * survey's cycle and to the contacts pasted, once per address. Addresses on the district's
 * opt-out list and those already invited to this survey are skipped and counted. One mail each,
 * queued in the transaction that stores the invitations and the audit event, sent once committed.
 */
export async function inviteToSurvey(options: {
  ctx: AppContext;
  actor: Actor;
  organizationId: string;
  surveyId: string;
  stakeholderGroupIds: readonly string[];
  contacts: readonly Contact[];
  language?: string;
}) {
  const { ctx, actor, organizationId } = options;
  const survey = await readSurveyToInviteTo({ ctx, organizationId, surveyId: options.surveyId });
  const language = mailLanguage(survey.document, options.language);
  const groups = await chosenGroups({ ctx, organizationId, cycleId: survey.cycleId, groupIds: options.stakeholderGroupIds });
  if (groups.length === 0 && options.contacts.length === 0) throw invalidInput('/contacts', 'needs at least one contact: choose a stakeholder group or paste contacts', { code: 'required' });
  const recipients = gatherRecipients({ groups, pasted: options.contacts });
  if (recipients.length === 0) throw invalidInput('/stakeholder_group_ids', 'the groups chosen have no contacts to send to; add some to the groups first', { code: 'no_contacts' });

  const secret = ctx.config.sessionSecret;
  const chrome = mailChromeOf(language);
  const { counts, messageIds } = await inTransaction(ctx.db, async (trx) => {
    const optedOut = await surveyInvitationsRepo.optedOutAmong(trx, organizationId, recipients.map((r) => r.email));
    const planned = recipients
      .filter((recipient) => !optedOut.has(recipient.email))
      .map((recipient) => {
        const id = randomUUID();
        return { recipient, id, token: invitationToken(secret, id) };
      });
    const inserted = await surveyInvitationsRepo.insertNew(
      trx,
      planned.map(({ recipient, id, token }) => ({
        id,
        organizationId,
        surveyId: survey.id,
        stakeholderGroupId: recipient.stakeholderGroupId,
        stakeholderGroupName: recipient.stakeholderGroupName,
        name: recipient.name,
        email: recipient.email,
        language,
        tokenHash: invitationTokenHash(secret, token),
        invitedBy: actor.userId,
      })),
    );
    const messageIds: string[] = [];
    for (const { recipient, id, token } of planned) {
      if (!inserted.has(id)) continue;
      const mail = invitationMail({
        kind: 'invitation',
        language,
        document: survey.document,
        organizationName: survey.organizationName,
        recipientName: recipient.name,
        link: personalLink(ctx.config.publicUrl, survey.code, token),
        optOutLink: optOutLink(ctx.config.publicUrl, chrome, token),
        closesAt: survey.closesAt,
      });
      messageIds.push(await queueMail(trx, { organizationId, to: recipient.email, ...mail }, ctx.mail.statusForNewMail));
    }
    const counts = { invited: inserted.size, skipped_opted_out: optedOut.size, skipped_already_invited: planned.length - inserted.size };
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'survey.invitations_sent',
      entityType: 'survey',
      entityId: survey.id,
      after: { ...counts, language, stakeholderGroups: groups.map((group) => group.name), pastedContacts: options.contacts.length },
    });
    return { counts, messageIds };
  });
  await ctx.mail.dispatch(messageIds);
  return counts;
}

/** The groups asked for, each checked to be a group of the survey's cycle before anything is sent. */
async function chosenGroups(options: { ctx: AppContext; organizationId: string; cycleId: string | null; groupIds: readonly string[] }) {
  const groupIds = [...new Set(options.groupIds)];
  if (groupIds.length === 0) return [];
  if (!options.cycleId) throw invalidInput('/stakeholder_group_ids', 'the survey serves no planning cycle; choose its cycle in the survey’s settings first', { code: 'not_in_this_cycle' });
  const groups = await readStakeholderGroups({ db: options.ctx.db, organizationId: options.organizationId, cycleId: options.cycleId });
  return groupIds.map((groupId, at) => {
    const group = groups.find((candidate) => candidate.id === groupId);
    if (!group) throw invalidInput(`/stakeholder_group_ids/${at}`, 'is not a stakeholder group of the survey’s cycle', { code: 'not_in_this_cycle' });
    return group;
  });
}
