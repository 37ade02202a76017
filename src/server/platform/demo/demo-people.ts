import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../audit/actor.js';
import { authRepo } from '../../auth/auth.repo.js';
import { hashPassword } from '../../auth/secrets.js';
import { peopleRepo } from '../people/people.repo.js';
import { demoDistrict, demoPassword, type DemoHandle } from './demo-district.data.js';

/** The demo's people once they exist: who each is, and the Actor their demo work is recorded as. */
export interface DemoCast {
  person(handle: DemoHandle): { id: string; email: string; name: string };
  actor(handle: DemoHandle): Actor;
}

/**
 * Makes the demo's people members of the demo district. An account the demo creates gets the demo
 * password so it can be tried; an account that already existed (a second `demo load`, or a real
 * person with that address) joins as it is, its password untouched.
 */
export async function addDemoPeople(trx: Transaction<DB>, organizationId: string): Promise<DemoCast> {
  // One hash serves every new account: argon2 is slow by design, and the password is the same.
  let passwordHash: string | null = null;
  const people = new Map<string, { id: string; email: string; name: string }>();
  for (const person of demoDistrict.people) {
    let user = await authRepo.findUserByEmail(trx, person.email);
    if (!user) {
      passwordHash ??= await hashPassword(demoPassword);
      user = await peopleRepo.insertUser(trx, { email: person.email, name: person.name, passwordHash });
    }
    await peopleRepo.insertMembership(trx, { organizationId, userId: user.id, role: person.role });
    people.set(handleOf(person.email), { id: user.id, email: user.email, name: user.name });
  }
  const person = (handle: DemoHandle) => people.get(handle)!;
  // Labelled as the app labels a person's own writes (actorFrom), so the audit log reads the same.
  return { person, actor: (handle) => ({ userId: person(handle).id, label: person(handle).email }) };
}

export function handleOf(email: string) {
  return email.split('@')[0]!;
}
