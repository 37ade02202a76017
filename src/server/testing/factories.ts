import { randomBytes } from 'node:crypto';
import type { AppContext } from '../context.js';
import type { OrganizationKind, Role } from '../platform/tables.js';
import { inTransaction } from '../db/transaction.js';
import { hashToken, newSecretToken } from '../auth/secrets.js';
import { cliActor } from '../platform/audit/actor.js';
import { createOrganization } from '../platform/organizations/create-organization.js';
import { peopleRepo } from '../platform/people/people.repo.js';
import { accountRepo } from '../platform/account/account.repo.js';

// A cheap fixed argon2id hash of "correct horse battery", so factories do not pay for hashing.
export const TEST_PASSWORD = 'correct horse battery';
let cachedHash: string | undefined;

/** Builds what a test needs, parents included, straight through the repositories. */
export function createFactories(ctx: AppContext) {
  const unique = () => randomBytes(4).toString('hex');
  return {
    async organization(options: { kind?: OrganizationKind; name?: string; networkId?: string } = {}) {
      return inTransaction(ctx.db, (trx) =>
        createOrganization({ trx, actor: cliActor, name: options.name ?? `District ${unique()}`, kind: options.kind ?? 'district', networkId: options.networkId }),
      );
    },

    /** A user with a role in an organization (or none), and an API token to call as them. */
    async user(options: { organizationId?: string; role?: Role; email?: string; name?: string; isOperator?: boolean; isActive?: boolean } = {}) {
      if (!cachedHash) cachedHash = await (await import('../auth/secrets.js')).hashPassword(TEST_PASSWORD);
      const token = newSecretToken('wmk_');
      const user = await inTransaction(ctx.db, async (trx) => {
        const user = await peopleRepo.insertUser(trx, {
          email: options.email ?? `person-${unique()}@example.org`,
          name: options.name ?? `Person ${unique()}`,
          passwordHash: cachedHash!,
          isOperator: options.isOperator,
        });
        if (options.organizationId) {
          const membership = await peopleRepo.insertMembership(trx, { organizationId: options.organizationId, userId: user.id, role: options.role ?? 'viewer' });
          if (options.isActive === false) await peopleRepo.updateMembership(trx, options.organizationId, user.id, membership.version, { isActive: false });
        }
        await accountRepo.insertToken(trx, { userId: user.id, name: 'test', tokenHash: hashToken(ctx.config.sessionSecret, token) });
        return user;
      });
      return { ...user, token, auth: { authorization: `Bearer ${token}` } };
    },
  };
}
