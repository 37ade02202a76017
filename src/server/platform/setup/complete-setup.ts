import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { OrganizationKind } from '../tables.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { hashPassword } from '../../auth/secrets.js';
import { adminRoleFor } from '../../auth/policies.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { createOrganization } from '../organizations/create-organization.js';
import { peopleRepo } from '../people/people.repo.js';
import { loadDemoDistrict } from '../demo/load-demo-district.js';

export interface SetupInput {
  organizationName: string;
  organizationKind: OrganizationKind;
  adminName: string;
  adminEmail: string;
  password: string;
  loadDemo: boolean;
}

/**
 * First run: creates the organization and its first administrator, who also operates the
 * instance (reads all outgoing mail). Refused once anyone exists.
 */
export async function completeSetup(options: { db: Kysely<DB>; input: SetupInput }) {
  const { db, input } = options;
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (trx) => {
    // Two browsers finishing setup at once must not both succeed.
    await sql`select pg_advisory_xact_lock(20261123)`.execute(trx);
    if ((await peopleRepo.countUsers(trx)) > 0) throw new AppError('setup_done', 'This Waymark is already set up; sign in instead');
    const user = await peopleRepo.insertUser(trx, { email: input.adminEmail, name: input.adminName, passwordHash, isOperator: true });
    const actor = { userId: user.id, label: user.email };
    const organization = await createOrganization({ trx, actor, name: input.organizationName, kind: input.organizationKind });
    const role = adminRoleFor(input.organizationKind);
    await peopleRepo.insertMembership(trx, { organizationId: organization.id, userId: user.id, role });
    await recordAuditEvent(trx, actor, {
      organizationId: organization.id,
      action: 'member.added',
      entityType: 'membership',
      entityId: user.id,
      after: { email: user.email, role },
    });
    if (input.loadDemo) {
      await loadDemoDistrict({ trx, actor, administratorUserId: user.id, networkId: input.organizationKind === 'network' ? organization.id : null });
    }
    return user;
  });
}
