import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { invalidInput } from '../../errors.js';
import type { Attendee } from './check-ins.present.js';
import { checkInsRepo } from './check-ins.repo.js';

/**
 * Who came: members of the district by id (their name copied, so the record still reads right if
 * they leave) and anyone else by name. A member id from outside the district is a 400 naming it.
 */
export async function resolveAttendees(db: Kysely<DB>, organizationId: string, inputs: ReadonlyArray<{ userId?: string; name?: string }>): Promise<Attendee[]> {
  const ids = inputs.flatMap((a) => (a.userId ? [a.userId] : []));
  const members = new Map((await checkInsRepo.listActiveMembers(db, organizationId, ids)).map((m) => [m.id, m.name]));
  const seen = new Set<string>();
  const attendees: Attendee[] = [];
  inputs.forEach((input, index) => {
    if (input.userId) {
      const name = members.get(input.userId);
      if (!name) throw invalidInput(`/attendees/${index}/userId`, 'is not a member of this district', { code: 'not_a_member' });
      if (seen.has(input.userId)) return;
      seen.add(input.userId);
      attendees.push({ userId: input.userId, name });
    } else if (input.name) {
      attendees.push({ userId: null, name: input.name });
    }
  });
  return attendees;
}
