import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

// Everything but the bytes: lists never carry a file's content.
const resourceColumns = ['id', 'organization_id', 'cohort_id', 'event_id', 'phase_key', 'title', 'description', 'kind', 'url', 'file_name', 'content_type', 'size_bytes', 'created_by', 'created_at'] as const;

/** The cohort's resource library and session materials, and attendance at its sessions. */
export const learningRepo = {
  listResources(db: Executor, cohortId: string) {
    return db
      .selectFrom('network_resources')
      .leftJoin('users', 'users.id', 'network_resources.created_by')
      .select(resourceColumns.map((column) => `network_resources.${column}` as const))
      .select('users.name as created_by_name')
      .where('network_resources.cohort_id', '=', cohortId)
      .orderBy('network_resources.created_at')
      .orderBy('network_resources.title')
      .execute();
  },

  findResource(db: Executor, cohortId: string, resourceId: string) {
    return db
      .selectFrom('network_resources')
      .leftJoin('users', 'users.id', 'network_resources.created_by')
      .select(resourceColumns.map((column) => `network_resources.${column}` as const))
      .select('users.name as created_by_name')
      .where('network_resources.cohort_id', '=', cohortId)
      .where('network_resources.id', '=', resourceId)
      .executeTakeFirst();
  },

  findResourceFile(db: Executor, cohortId: string, resourceId: string) {
    return db.selectFrom('network_resources').select(['file_name', 'content_type', 'content']).where('cohort_id', '=', cohortId).where('id', '=', resourceId).where('kind', '=', 'file').executeTakeFirst();
  },

  insertResource(
    trx: Transaction<DB>,
    values: { networkId: string; cohortId: string; eventId: string | null; phaseKey: string | null; title: string; description: string; createdBy: string | null } & (
      | { url: string }
      | { file: { fileName: string; contentType: string; content: Buffer } }
    ),
  ) {
    const base = { organization_id: values.networkId, cohort_id: values.cohortId, event_id: values.eventId, phase_key: values.phaseKey, title: values.title, description: values.description, created_by: values.createdBy };
    const row =
      'url' in values
        ? { ...base, kind: 'link' as const, url: values.url }
        : { ...base, kind: 'file' as const, file_name: values.file.fileName, content_type: values.file.contentType, size_bytes: values.file.content.length, content: values.file.content };
    return trx.insertInto('network_resources').values(row).returning('id').executeTakeFirstOrThrow();
  },

  deleteResource(trx: Transaction<DB>, cohortId: string, resourceId: string) {
    return trx.deleteFrom('network_resources').where('cohort_id', '=', cohortId).where('id', '=', resourceId).returning(['id', 'title', 'kind', 'event_id', 'phase_key']).executeTakeFirst();
  },

  listAttendance(db: Executor, eventId: string) {
    return db
      .selectFrom('cohort_attendance')
      .innerJoin('organizations', 'organizations.id', 'cohort_attendance.district_id')
      .select(['cohort_attendance.id', 'cohort_attendance.district_id', 'cohort_attendance.person_name', 'cohort_attendance.role', 'cohort_attendance.attended', 'cohort_attendance.recorded_at', 'organizations.name as district_name'])
      .where('cohort_attendance.event_id', '=', eventId)
      .orderBy('organizations.name')
      .orderBy('cohort_attendance.person_name')
      .execute();
  },

  /** The session's whole list is replaced: the network records it as one sheet. */
  async replaceAttendance(trx: Transaction<DB>, values: { eventId: string; cohortId: string; recordedBy: string | null; people: ReadonlyArray<{ districtId: string; personName: string; role: string; attended: boolean }> }) {
    await trx.deleteFrom('cohort_attendance').where('event_id', '=', values.eventId).execute();
    if (values.people.length === 0) return;
    await trx
      .insertInto('cohort_attendance')
      .values(values.people.map((person) => ({ event_id: values.eventId, cohort_id: values.cohortId, district_id: person.districtId, person_name: person.personName, role: person.role, attended: person.attended, recorded_by: values.recordedBy })))
      .execute();
  },
};

export type NetworkResourceRow = Awaited<ReturnType<typeof learningRepo.listResources>>[number];
export type AttendanceRow = Awaited<ReturnType<typeof learningRepo.listAttendance>>[number];
