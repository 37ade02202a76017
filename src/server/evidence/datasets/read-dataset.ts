import type { Kysely } from 'kysely';
import { findHeaderRow } from '../../../core/evidence/find-header-row.js';
import { proposeMapping } from '../../../core/evidence/propose-mapping.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { readLabelMatcher } from '../groups/read-group-labels.js';
import { findLayout } from '../layouts/find-layout.js';
import { headersOf } from './check-mapping.js';
import { datasetRowsRepo } from './dataset-rows.repo.js';
import { datasetsRepo, type DatasetRow } from './datasets.repo.js';
import { presentDataset, sourceImportOf } from './datasets.present.js';
import type { DatasetView } from './datasets.schema.js';
import { previewOfSample } from './preview-dataset.js';
import { sampleOfStored, type FileSample } from './stored-file.js';

/** What Waymark proposes for a file no layout recognises: its header row, a mapping and the preview it makes. */
export function proposalOf(sample: FileSample): NonNullable<DatasetView['proposal']> {
  const headerRow = findHeaderRow(sample.rows);
  const headers = headersOf(sample, headerRow);
  const rows = sample.rows.slice(headerRow, headerRow + 50);
  const proposed = proposeMapping({ headers, rows, headerRow, ...(sample.sheet ? { sheet: sample.sheet } : {}) });
  const preview = previewOfSample(proposed, sample);
  return { headers, header_row: headerRow, sheets: sample.sheets, sheet: sample.sheet, mapping: proposed, preview: preview.rows, problems: preview.problems };
}

async function viewOf(db: Kysely<DB>, organizationId: string, dataset: DatasetRow, imports: Awaited<ReturnType<typeof datasetsRepo.imports>>, options: { withLists: boolean; classify: (label: string) => { match: string } }) {
  const summary = dataset.current_import_id ? await datasetRowsRepo.summary(db, organizationId, dataset.current_import_id) : null;
  const layout = dataset.layout_ref ? await findLayout({ db, organizationId, ref: dataset.layout_ref }) : null;
  let proposal: DatasetView['proposal'] = null;
  const file = sourceImportOf({ current_import_id: null }, imports);
  if (options.withLists && dataset.status === 'needs_mapping' && file) {
    const sample = await sampleOfStored(db, file, file.sheet);
    if (sample) proposal = proposalOf(sample);
  }
  return presentDataset({
    dataset,
    imports,
    summary,
    layoutName: layout?.name ?? null,
    unknownGroups: (summary?.groups ?? []).filter((label) => options.classify(label).match === 'unknown').length,
    proposal,
    withLists: options.withLists,
  });
}

/** One dataset with its import's progress, its problems, what it holds and, while it needs one, the proposed mapping. */
export async function readDataset(options: { db: Kysely<DB>; organizationId: string; datasetId: string }) {
  const { db, organizationId, datasetId } = options;
  const dataset = await datasetsRepo.find(db, organizationId, datasetId);
  if (!dataset) throw notFound('Dataset');
  const [imports, matcher] = await Promise.all([datasetsRepo.imports(db, datasetId), readLabelMatcher(db, organizationId)]);
  return viewOf(db, organizationId, dataset, imports, { withLists: true, classify: matcher.classify });
}

/** The district's datasets, newest first, without the lists (problems, history, proposal) a single read gives. */
export async function listDatasets(options: { db: Kysely<DB>; organizationId: string }) {
  const { db, organizationId } = options;
  const [datasets, imports, matcher] = await Promise.all([datasetsRepo.list(db, organizationId), datasetsRepo.importsOfDistrict(db, organizationId), readLabelMatcher(db, organizationId)]);
  const views: DatasetView[] = [];
  for (const dataset of datasets) {
    views.push(await viewOf(db, organizationId, dataset, imports.filter((row) => row.dataset_id === dataset.id), { withLists: false, classify: matcher.classify }));
  }
  return { datasets: views };
}

