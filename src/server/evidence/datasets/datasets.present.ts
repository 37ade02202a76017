import type { DatasetMapping, RowProblem } from '../../../core/evidence/dataset-mapping.js';
import type { DatasetRow, ImportRow } from './datasets.repo.js';
import type { DatasetView } from './datasets.schema.js';

type ImportWithLoader = ImportRow & { loaded_by_name: string | null };

export interface DatasetSummary {
  metrics: { key: string; label: string | null; unit: string | null }[];
  periods: string[];
  entities: { status: string; count: number }[];
}

const asNumber = (value: number | string | bigint) => Number(value);
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString());
const isoOrNull = (value: unknown) => (value === null || value === undefined ? null : iso(value));

/** The import whose file the dataset shows: the current one, else the newest that still holds its file. */
export function sourceImportOf(dataset: Pick<DatasetRow, 'current_import_id'>, imports: readonly ImportRow[]) {
  return imports.find((row) => row.id === dataset.current_import_id) ?? imports.find((row) => row.status !== 'replaced');
}

/** What leaves the server for one dataset, field by field. */
export function presentDataset(parts: {
  dataset: DatasetRow;
  imports: readonly ImportWithLoader[];
  summary: DatasetSummary | null;
  layoutName: string | null;
  unknownGroups: number;
  proposal: DatasetView['proposal'];
  withLists: boolean;
}): DatasetView {
  const { dataset, imports, summary, layoutName, unknownGroups, proposal, withLists } = parts;
  const latest = imports[0];
  const current = imports.find((row) => row.id === dataset.current_import_id);
  const source = sourceImportOf(dataset, imports);
  const isRunning = latest && (latest.status === 'running' || latest.status === 'queued');
  const counted = isRunning ? latest : current;
  const entityCount = (status: string) => summary?.entities.find((row) => row.status === status)?.count ?? 0;
  const total = latest ? asNumber(latest.size_bytes) : 0;
  const read = latest ? Math.min(asNumber(latest.bytes_read), total) : 0;
  return {
    id: dataset.id,
    district_id: dataset.organization_id,
    name: dataset.name,
    status: dataset.status,
    layout: dataset.layout_ref && layoutName ? { ref: dataset.layout_ref, name: layoutName } : null,
    mapping: (dataset.mapping as DatasetMapping | null) ?? null,
    proposal,
    source: source
      ? {
          file_name: source.file_name,
          size_bytes: asNumber(source.size_bytes),
          content_type: source.content_type,
          loaded_by: source.loaded_by ? { id: source.loaded_by, name: source.loaded_by_name ?? source.loaded_by_label } : null,
          loaded_at: iso(source.created_at),
        }
      : null,
    import: latest
      ? {
          id: latest.id,
          status: latest.status,
          bytes_total: total,
          bytes_read: read,
          progress: latest.status === 'done' ? 1 : total > 0 ? read / total : 0,
          rows_read: latest.rows_read,
          started_at: isoOrNull(latest.started_at),
          finished_at: isoOrNull(latest.finished_at),
        }
      : null,
    rows: counted?.rows_written ?? 0,
    suppressed: counted?.suppressed ?? 0,
    missing: counted?.missing ?? 0,
    problems: withLists && latest ? ((latest.problems as unknown as RowProblem[]) ?? []) : [],
    problem_count: latest?.problem_count ?? 0,
    metrics: (summary?.metrics ?? []).map((metric) => ({ key: metric.key, label: metric.label ?? metric.key, unit: metric.unit ?? 'number' })),
    periods: summary?.periods ?? [],
    entities: { schools: entityCount('school'), district: entityCount('district'), unmatched: entityCount('unmatched'), ignored: entityCount('ignored') },
    unknown_groups: unknownGroups,
    history: withLists
      ? imports.map((row) => ({ import_id: row.id, file_name: row.file_name, loaded_by_name: row.loaded_by_name ?? row.loaded_by_label, loaded_at: iso(row.created_at), status: row.status, rows: row.rows_written }))
      : [],
    version: dataset.version,
  };
}
