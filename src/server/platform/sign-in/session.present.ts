import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { permissionsFor } from '../../auth/policies.js';
import { organizationsRepo } from '../organizations/organizations.repo.js';

/** What the web application learns about the signed-in person: who they are and where they may go. */
export async function presentSession(db: Kysely<DB>, user: { id: string; email: string; name: string; locale: 'en' | 'es'; is_operator?: boolean; isOperator?: boolean }, csrfToken: string) {
  const organizations = await organizationsRepo.listReachable(db, user.id);
  return {
    user: { id: user.id, email: user.email, name: user.name, locale: user.locale, isOperator: Boolean(user.isOperator ?? user.is_operator) },
    organizations: organizations.map((o) => ({
      ...o,
      permissions: [...permissionsFor(o.role, o.kind, o.source)],
    })),
    csrfToken,
  };
}
