import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { queueMail } from '../../platform/outbox/queue-mail.js';
import { invitationMail, mailChromeOf } from './invitation-mail.js';
import { invitationToken, optOutLink, personalLink } from './invitation-token.js';
import { readSurveyToInviteTo } from './survey-invitation-scope.js';
import { surveyInvitationsRepo } from './survey-invitations.repo.js';

/**
 * Reminds everyone invited to an open survey who has not answered: not those who opted out (of
 * this survey or of all the district's), and nobody mailed in the last day. Each reminder carries
 * the same personal link as the invitation, in its language. Audited with the count only.
 */
export async function remindInvitees(options: { ctx: AppContext; actor: Actor; organizationId: string; surveyId: string }) {
  const { ctx, actor, organizationId } = options;
  const survey = await readSurveyToInviteTo({ ctx, organizationId, surveyId: options.surveyId });
  const secret = ctx.config.sessionSecret;
  const { reminded, messageIds } = await inTransaction(ctx.db, async (trx) => {
    const due = await surveyInvitationsRepo.takeDueForReminder(trx, organizationId, survey.id);
    const messageIds: string[] = [];
    for (const invitation of due) {
      const token = invitationToken(secret, invitation.id);
      const mail = invitationMail({
        kind: 'reminder',
        language: invitation.language,
        document: survey.document,
        organizationName: survey.organizationName,
        recipientName: invitation.name,
        link: personalLink(ctx.config.publicUrl, survey.code, token),
        optOutLink: optOutLink(ctx.config.publicUrl, mailChromeOf(invitation.language), token),
        closesAt: survey.closesAt,
      });
      messageIds.push(await queueMail(trx, { organizationId, to: invitation.email, ...mail }, ctx.mail.statusForNewMail));
    }
    if (due.length > 0) {
      await recordAuditEvent(trx, actor, { organizationId, action: 'survey.invitation_reminders_sent', entityType: 'survey', entityId: survey.id, after: { reminded: due.length } });
    }
    return { reminded: due.length, messageIds };
  });
  await ctx.mail.dispatch(messageIds);
  return { reminded };
}
