import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { cohortsRepo } from '../cohorts/cohorts.repo.js';
import { membersRepo } from '../members/members.repo.js';
import { learningRepo } from './learning.repo.js';
import { presentAttendance } from './learning.present.js';

/** A session's attendance sheet with its totals by district (every member, even those that sent nobody) and by role. */
export async function readAttendance(options: { db: Kysely<DB>; networkId: string; cohortId: string; eventId: string }) {
  const { db, networkId, cohortId, eventId } = options;
  if (!(await cohortsRepo.find(db, networkId, cohortId))) throw notFound('Cohort');
  const event = await cohortsRepo.findEvent(db, cohortId, eventId);
  if (!event || event.kind !== 'session') throw notFound('Session');
  const [rows, members] = await Promise.all([learningRepo.listAttendance(db, eventId), membersRepo.list(db, cohortId)]);
  const districts = members.filter((member) => member.status !== 'withdrawn').map((member) => ({ districtId: member.district_id, districtName: member.district_name }));
  return presentAttendance(eventId, rows, districts);
}
