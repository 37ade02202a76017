import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { verifyPassword } from '../../auth/secrets.js';
import type { Role } from '../tables.js';
import { demoDistrict, demoPassword } from './demo-district.data.js';
import { demoRepo } from './demo.repo.js';

export interface DemoLogin {
  name: string;
  email: string;
  title: string;
  role: Role;
  password: string;
}

/**
 * Who can be tried in a demo district, with the password to sign in as them: the demo's own people
 * whose password is still the demo password. Anywhere else the answer is empty, and a person who
 * changed their password is left out, so the screen never shows a password that is not the demo's
 * or one that no longer works.
 */
export async function listDemoLogins(options: { db: Kysely<DB>; organizationId: string }): Promise<DemoLogin[]> {
  const { db, organizationId } = options;
  if (!(await demoRepo.isDemoOrganization(db, organizationId))) return [];
  const members = await demoRepo.listMembersByEmail(db, organizationId, demoDistrict.people.map((p) => p.email));
  const logins: DemoLogin[] = [];
  // In the demo's order (leadership first, the board last), which is the order worth trying them in.
  for (const person of demoDistrict.people) {
    const member = members.find((m) => m.email === person.email);
    if (!member?.password_hash || !(await verifyPassword(member.password_hash, demoPassword))) continue;
    logins.push({ name: member.name, email: member.email, title: person.title, role: member.role, password: demoPassword });
  }
  return logins;
}
