import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { hoursBank } from '../../../core/network/hours-bank.js';
import { clientsRepo, type ClientRow, type HoursRow } from './clients.repo.js';

/** Client engagements with their scope, their bank of hours (bought, used, remaining, by coach and month) and every entry. */
export async function readClientEngagements(options: { db: Kysely<DB>; networkId?: string; districtId?: string; engagementId?: string }) {
  const rows = await clientsRepo.list(options.db, options);
  const hours = await clientsRepo.listHours(options.db, rows.map((row) => row.id));
  return rows.map((row) => presentClientEngagement(row, hours.filter((entry) => entry.engagement_id === row.id)));
}

function presentClientEngagement(row: ClientRow, entries: HoursRow[]) {
  const presented = entries.map((entry) => ({ id: entry.id, coachId: entry.coach_id, coachName: entry.coach_name, workedOn: entry.worked_on, hours: Number(entry.hours), activity: entry.activity }));
  return {
    id: row.id,
    networkId: row.organization_id,
    networkName: row.network_name,
    districtId: row.district_id,
    districtName: row.district_name,
    title: row.title,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    scope: (row.scope as Array<{ month: string; services: string; outcomes?: string }>).map((line) => ({ month: line.month, services: line.services, outcomes: line.outcomes ?? '' })),
    bank: hoursBank(Number(row.hours_purchased), presented),
    entries: presented,
    version: row.version,
  };
}
