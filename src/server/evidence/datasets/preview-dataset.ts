import type { Kysely } from 'kysely';
import { createRowReader, resolvePercentScale } from '../../../core/evidence/create-row-reader.js';
import type { DatasetMapping, RowProblem } from '../../../core/evidence/dataset-mapping.js';
import type { DB } from '../../db/schema.js';
import { AppError, notFound } from '../../errors.js';
import { parseMapping } from './check-mapping.js';
import { datasetsRepo } from './datasets.repo.js';
import { sampleOfStored, type FileSample } from './stored-file.js';

/** How many tidy rows the mapping screen shows. */
export const PREVIEW_ROWS = 50;

export interface PreviewRowView {
  line: number;
  entity: string;
  period: string;
  group: string;
  metric: string;
  value: number | null;
  n: number | null;
  flag: 'value' | 'suppressed' | 'missing';
}

/** The first tidy rows a mapping makes of a file's first lines, and the problems found in them. */
export function previewOfSample(mapping: DatasetMapping, sample: FileSample): { mapping: DatasetMapping; rows: PreviewRowView[]; problems: RowProblem[]; problem_count: number } {
  const headers = (sample.rows[mapping.headerRow - 1] ?? []).map((cell) => cell.trim());
  const after = sample.rows.slice(mapping.headerRow);
  const resolved = resolvePercentScale(mapping, headers, after);
  const reader = createRowReader(resolved, headers);
  const rows: PreviewRowView[] = [];
  const problems: RowProblem[] = [...reader.headerProblems];
  after.forEach((cells, index) => {
    if (reader.headerProblems.length > 0 || cells.length === 0) return;
    const line = mapping.headerRow + index + 1;
    const read = reader.read(cells, line);
    problems.push(...read.problems);
    for (const row of read.rows) {
      if (rows.length >= PREVIEW_ROWS) break;
      rows.push({ line, entity: row.entityName, period: row.period, group: row.group, metric: row.metric, value: row.value, n: row.n, flag: row.flag });
    }
  });
  return { mapping: resolved, rows, problems: problems.slice(0, 200), problem_count: problems.length };
}

/** The dataset's newest import that still holds its file: the one a mapping is tried on. */
export async function pendingFileOf(db: Kysely<DB>, datasetId: string) {
  const imports = await datasetsRepo.imports(db, datasetId);
  const withFile = imports.find((row) => row.status !== 'replaced');
  if (!withFile) throw new AppError('conflict', 'This dataset has no file to read; load one');
  return withFile;
}

/** What a mapping would make of the dataset's file, before anything is imported. */
export async function previewDataset(options: { db: Kysely<DB>; organizationId: string; datasetId: string; mapping: unknown }) {
  const { db, organizationId, datasetId } = options;
  const dataset = await datasetsRepo.find(db, organizationId, datasetId);
  if (!dataset) throw notFound('Dataset');
  const file = await pendingFileOf(db, datasetId);
  const { mapping, sample } = await parseMapping(options.mapping, (candidate) => sampleOfStored(db, file, candidate.sheet ?? file.sheet));
  const preview = previewOfSample(mapping, sample);
  return { rows: preview.rows, problems: preview.problems, problem_count: preview.problem_count };
}
