import { z } from 'zod';
import { datasetMappingSchema } from '../../../core/evidence/dataset-mapping.schema.js';
import { nameSchema, versionSchema } from '../../http/common.schema.js';

const isoDate = z.iso.datetime();

export const DistrictParams = z.object({ districtId: z.uuid() });
export const DatasetParams = z.object({ datasetId: z.uuid() });

export const DatasetMapping = datasetMappingSchema.meta({ id: 'DatasetMapping', description: 'How a file becomes tidy rows (src/core/evidence/dataset-mapping.ts).' });

export const RowProblem = z.object({ line: z.number().int(), column: z.string(), message: z.string() }).meta({ id: 'DatasetRowProblem' });

export const PreviewRow = z
  .object({
    line: z.number().int(),
    entity: z.string(),
    period: z.string(),
    group: z.string(),
    metric: z.string(),
    value: z.number().nullable(),
    n: z.number().nullable(),
    flag: z.enum(['value', 'suppressed', 'missing']),
  })
  .meta({ id: 'DatasetPreviewRow' });

const count = z.number().int();

export const Dataset = z
  .object({
    id: z.uuid(),
    district_id: z.uuid(),
    name: z.string(),
    status: z.enum(['needs_mapping', 'importing', 'ready', 'failed', 'cancelled']),
    layout: z.object({ ref: z.string(), name: z.string() }).nullable(),
    mapping: DatasetMapping.nullable(),
    /** Only while the dataset needs a mapping, and only on GET of one dataset. */
    proposal: z
      .object({
        headers: z.array(z.string()),
        header_row: count,
        sheets: z.array(z.string()),
        sheet: z.string().nullable(),
        mapping: DatasetMapping,
        preview: z.array(PreviewRow),
        problems: z.array(RowProblem),
      })
      .nullable(),
    source: z
      .object({
        file_name: z.string(),
        size_bytes: z.number(),
        content_type: z.string(),
        loaded_by: z.object({ id: z.uuid(), name: z.string() }).nullable(),
        loaded_at: isoDate,
      })
      .nullable(),
    import: z
      .object({
        id: z.uuid(),
        status: z.enum(['waiting', 'queued', 'running', 'done', 'failed', 'cancelled', 'replaced']),
        bytes_total: z.number(),
        bytes_read: z.number(),
        progress: z.number().min(0).max(1),
        rows_read: count,
        started_at: isoDate.nullable(),
        finished_at: isoDate.nullable(),
      })
      .nullable(),
    rows: count,
    suppressed: count,
    missing: count,
    problems: z.array(RowProblem),
    problem_count: count,
    metrics: z.array(z.object({ key: z.string(), label: z.string(), unit: z.string() })),
    periods: z.array(z.string()),
    entities: z.object({ schools: count, district: count, unmatched: count, ignored: count }),
    unknown_groups: count,
    history: z.array(z.object({ import_id: z.uuid(), file_name: z.string(), loaded_by_name: z.string(), loaded_at: isoDate, status: z.string(), rows: count })),
    version: count,
  })
  .meta({ id: 'Dataset' });

export const DatasetList = z.object({ datasets: z.array(Dataset) }).meta({ id: 'DatasetList' });

export const PreviewBody = z.strictObject({ mapping: DatasetMapping });
export const PreviewResponse = z.object({ rows: z.array(PreviewRow), problems: z.array(RowProblem), problem_count: count }).meta({ id: 'DatasetPreview' });

export const ImportBody = z.strictObject({
  /** Needed while the dataset has no mapping; else the dataset's own is used. */
  mapping: DatasetMapping.optional(),
  /** Keep the mapping as a layout of the district under this name: next year's file of the same headers imports with it. */
  save_layout_as: nameSchema.optional(),
  version: versionSchema,
});

export type DatasetView = z.infer<typeof Dataset>;
