import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { CohortDistrictStatus, EnrolmentDocumentKind } from '../tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

const documentColumns = ['id', 'cohort_id', 'district_id', 'kind', 'file_name', 'content_type', 'size_bytes', 'signer_name', 'signer_title', 'statement', 'created_by', 'created_at'] as const;

/** The districts of cohorts (invited, enrolled, withdrawn) and their enrolment documents. */
export const membersRepo = {
  list(db: Executor, cohortId: string) {
    return db
      .selectFrom('cohort_districts')
      .innerJoin('organizations', 'organizations.id', 'cohort_districts.district_id')
      .selectAll('cohort_districts')
      .select('organizations.name as district_name')
      .where('cohort_districts.cohort_id', '=', cohortId)
      .orderBy('organizations.name')
      .execute();
  },

  find(db: Executor, cohortId: string, districtId: string) {
    return db
      .selectFrom('cohort_districts')
      .innerJoin('organizations', 'organizations.id', 'cohort_districts.district_id')
      .selectAll('cohort_districts')
      .select('organizations.name as district_name')
      .where('cohort_districts.cohort_id', '=', cohortId)
      .where('cohort_districts.district_id', '=', districtId)
      .executeTakeFirst();
  },

  lock(trx: Transaction<DB>, cohortId: string, districtId: string) {
    return trx.selectFrom('cohort_districts').selectAll().where('cohort_id', '=', cohortId).where('district_id', '=', districtId).forUpdate().executeTakeFirst();
  },

  insert(trx: Transaction<DB>, values: { cohortId: string; districtId: string; networkId: string; invitedBy: string | null }) {
    return trx
      .insertInto('cohort_districts')
      .values({ cohort_id: values.cohortId, district_id: values.districtId, organization_id: values.networkId, invited_by: values.invitedBy })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  setStatus(trx: Transaction<DB>, cohortId: string, districtId: string, changes: { status: CohortDistrictStatus; cycleId?: string | null; enrolledBy?: string | null; invitedBy?: string | null }) {
    return trx
      .updateTable('cohort_districts')
      .set({
        status: changes.status,
        ...(changes.cycleId !== undefined ? { cycle_id: changes.cycleId } : {}),
        ...(changes.status === 'enrolled' ? { enrolled_by: changes.enrolledBy ?? null, enrolled_at: sql`now()` } : {}),
        ...(changes.status === 'invited' ? { invited_by: changes.invitedBy ?? null, invited_at: sql`now()`, enrolled_at: null, enrolled_by: null } : {}),
        version: sql`version + 1`,
      })
      .where('cohort_id', '=', cohortId)
      .where('district_id', '=', districtId)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** A district's cohorts (of any network), with the cohort and its network. */
  listOfDistrict(db: Executor, districtId: string) {
    return db
      .selectFrom('cohort_districts')
      .innerJoin('cohorts', 'cohorts.id', 'cohort_districts.cohort_id')
      .innerJoin('organizations as network', 'network.id', 'cohorts.organization_id')
      .selectAll('cohort_districts')
      .select(['cohorts.name as cohort_name', 'cohorts.school_year', 'cohorts.template_id', 'cohorts.start_date', 'network.name as network_name'])
      .where('cohort_districts.district_id', '=', districtId)
      .orderBy('cohorts.start_date', 'desc')
      .execute();
  },

  listDocuments(db: Executor, cohortId: string, districtIds?: readonly string[]) {
    let query = db
      .selectFrom('enrolment_documents')
      .leftJoin('users', 'users.id', 'enrolment_documents.created_by')
      .select(documentColumns.map((column) => `enrolment_documents.${column}` as const))
      .select('users.name as created_by_name')
      .where('enrolment_documents.cohort_id', '=', cohortId)
      .orderBy('enrolment_documents.created_at');
    if (districtIds) query = districtIds.length ? query.where('enrolment_documents.district_id', 'in', districtIds) : query.where(sql<boolean>`false`);
    return query.execute();
  },

  findDocumentFile(db: Executor, cohortId: string, districtId: string, documentId: string) {
    return db.selectFrom('enrolment_documents').selectAll().where('cohort_id', '=', cohortId).where('district_id', '=', districtId).where('id', '=', documentId).executeTakeFirst();
  },

  insertDocument(
    trx: Transaction<DB>,
    values: { cohortId: string; districtId: string; kind: EnrolmentDocumentKind; createdBy: string | null } & (
      | { file: { fileName: string; contentType: string; content: Buffer } }
      | { signed: { signerName: string; signerTitle: string; statement: string } }
    ),
  ) {
    const base = { cohort_id: values.cohortId, district_id: values.districtId, kind: values.kind, created_by: values.createdBy };
    const row =
      'file' in values
        ? { ...base, file_name: values.file.fileName, content_type: values.file.contentType, size_bytes: values.file.content.length, content: values.file.content }
        : { ...base, signer_name: values.signed.signerName, signer_title: values.signed.signerTitle, statement: values.signed.statement };
    return trx.insertInto('enrolment_documents').values(row).returning(documentColumns).executeTakeFirstOrThrow();
  },
};

export type CohortDistrictRow = Awaited<ReturnType<typeof membersRepo.list>>[number];
export type EnrolmentDocumentRow = Awaited<ReturnType<typeof membersRepo.listDocuments>>[number];
