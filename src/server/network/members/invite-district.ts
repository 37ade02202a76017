import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { inviteMember } from '../../platform/invitations/invite-member.js';
import { createOrganization } from '../../platform/organizations/create-organization.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { queueMail } from '../../platform/outbox/queue-mail.js';
import { listActiveAdministrators } from '../../platform/people/list-administrators.js';
import { cohortInvitationMessage } from '../../mail/messages.js';
import { cohortsRepo } from '../cohorts/cohorts.repo.js';
import { membersRepo } from './members.repo.js';

export type InviteDistrictValues = { districtId: string } | { name: string; administratorEmail: string };

/**
 * The network invites a district into a cohort: one of its districts, or a new one made with the
 * invitation, whose administrator is invited by email to enrol it. A withdrawn district may be
 * invited again. The district joins when its administrator enrols it with its documents; an existing
 * district's administrators are told by mail (queued with the invitation, so a refused one sends nothing).
 */
export async function inviteDistrict(options: { ctx: AppContext; actor: Actor; inviterName: string; networkId: string; cohortId: string; values: InviteDistrictValues }) {
  const { ctx, actor, networkId, cohortId, values } = options;
  const messageIds: string[] = [];
  const member = await inTransaction(ctx.db, async (trx) => {
    const cohort = await cohortsRepo.lock(trx, networkId, cohortId);
    if (!cohort) throw notFound('Cohort');
    let districtId: string;
    if ('districtId' in values) {
      const district = await findOrganization(trx, values.districtId);
      if (!district || district.kind !== 'district' || district.network_id !== networkId) throw invalidInput('/districtId', 'is not a district of this network', { code: 'not_in_this_network' });
      districtId = district.id;
      const network = await findOrganization(trx, networkId);
      const link = `${ctx.config.publicUrl}/o/${district.id}/network`;
      for (const administrator of await listActiveAdministrators({ db: trx, organizationId: district.id })) {
        const message = cohortInvitationMessage({ networkName: network!.name, cohortName: cohort.name, districtName: district.name, link, locale: administrator.locale });
        messageIds.push(await queueMail(trx, { organizationId: district.id, to: administrator.email, ...message }, ctx.mail.statusForNewMail));
      }
    } else {
      districtId = (await createOrganization({ trx, actor, name: values.name, kind: 'district', networkId })).id;
    }
    const existing = await membersRepo.lock(trx, cohortId, districtId);
    if (existing && existing.status !== 'withdrawn') {
      throw new AppError('already_exists', 'The district is in this cohort already', [{ path: '/districtId', message: 'is in this cohort already', code: 'duplicate' }]);
    }
    const row = existing
      ? await membersRepo.setStatus(trx, cohortId, districtId, { status: 'invited', invitedBy: actor.userId })
      : await membersRepo.insert(trx, { cohortId, districtId, networkId, invitedBy: actor.userId });
    for (const organizationId of [networkId, districtId]) {
      await recordAuditEvent(trx, actor, { organizationId, action: 'cohort.district_invited', entityType: 'cohort', entityId: cohortId, after: { cohortId, cohortName: cohort.name, districtId } });
    }
    return row;
  });
  await ctx.mail.dispatch(messageIds);
  // The administrator's invitation goes out once the district exists (its own transaction, like every invitation).
  if ('administratorEmail' in values) {
    await inviteMember({ ctx, actor, inviterName: options.inviterName, organizationId: member.district_id, email: values.administratorEmail, role: 'administrator' });
  }
  return member;
}
