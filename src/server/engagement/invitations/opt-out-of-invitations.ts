import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { invitationTokenHash } from './invitation-token.js';
import { invitationWords } from './invitation-words.js';
import { surveyInvitationsRepo } from './survey-invitations.repo.js';

/**
 * The opt-out link's work: the invitation and its address are marked, and the address goes on the
 * district's list, so it gets no survey invitation or reminder from the district again. Doing it
 * twice changes nothing. Works whether the survey is open or closed.
 */
export async function optOutOfInvitations(options: { db: Kysely<DB>; secret: string; token: string; language?: Locale }) {
  const { db } = options;
  const tokenHash = invitationTokenHash(options.secret, options.token);
  const invitation = await surveyInvitationsRepo.findByTokenHash(db, tokenHash);
  if (!invitation) throw new AppError('not_found', invitationWords[options.language ?? 'en'].unknown);
  await inTransaction(db, async (trx) => {
    await surveyInvitationsRepo.optOut(trx, { id: invitation.id, organizationId: invitation.organization_id, email: invitation.email });
    await recordAuditEvent(trx, { userId: null, label: 'survey invitee (opt-out link)' }, {
      organizationId: invitation.organization_id,
      action: 'survey_invitation.opted_out',
      entityType: 'survey_invitation',
      entityId: invitation.id,
      after: { email: invitation.email },
    });
  });
  const organization = await findOrganization(db, invitation.organization_id);
  return { organizationName: organization?.name ?? '', email: invitation.email };
}
