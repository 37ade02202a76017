import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { datasetsRepo } from './datasets.repo.js';
import { sourceImportOf } from './datasets.present.js';

/** The dataset's file as it was loaded: the current import's, else the newest one still kept. */
export async function readDatasetSource(options: { db: Kysely<DB>; organizationId: string; datasetId: string }) {
  const { db, organizationId, datasetId } = options;
  const dataset = await datasetsRepo.find(db, organizationId, datasetId);
  if (!dataset) throw notFound('Dataset');
  const source = sourceImportOf(dataset, await datasetsRepo.imports(db, datasetId));
  const file = source ? await datasetsRepo.content(db, source.id) : undefined;
  if (!file?.content) throw notFound('Source file');
  return { fileName: file.file_name, contentType: file.content_type, content: file.content };
}
