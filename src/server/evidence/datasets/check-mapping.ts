import type { DatasetMapping } from '../../../core/evidence/dataset-mapping.js';
import { datasetMappingSchema } from '../../../core/evidence/dataset-mapping.schema.js';
import { AppError, detailOfIssue, type ErrorDetail } from '../../errors.js';
import type { FileSample } from './stored-file.js';

/** Every column a mapping names, with the field that names it (a JSON pointer under the mapping). */
function namedColumns(mapping: DatasetMapping): Array<[string, string]> {
  const named: Array<[string, string | undefined]> = [
    ['entity/codeColumn', mapping.entity.codeColumn],
    ['entity/nameColumn', mapping.entity.nameColumn],
    ['period/column', mapping.period.column],
    ['group/column', mapping.group.column],
    ['subgroup/column', mapping.subgroup?.column],
    ['metric/column', mapping.metric.column],
    ['valueColumn', mapping.valueColumn],
    ['nColumn', mapping.nColumn],
    ...(mapping.wideColumns ?? []).flatMap((wide, index): Array<[string, string | undefined]> => [
      [`wideColumns/${index}/column`, wide.column],
      [`wideColumns/${index}/nColumn`, wide.nColumn],
    ]),
    ...(mapping.filters ?? []).map((filter, index): [string, string] => [`filters/${index}/column`, filter.column]),
  ];
  return named.filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '');
}

const normal = (header: string) => header.replace(/^\uFEFF/, '').trim().toLowerCase();

/** The header row a mapping reads in a file's sample. */
export function headersOf(sample: FileSample, headerRow: number): string[] {
  return (sample.rows[headerRow - 1] ?? []).map((cell) => cell.replace(/^\uFEFF/, '').trim());
}

/** The fields of a mapping that name a column the file's header row lacks (empty when it fits). */
export function missingColumns(mapping: DatasetMapping, headers: readonly string[], prefix = '/mapping'): ErrorDetail[] {
  const present = new Set(headers.map(normal));
  return namedColumns(mapping)
    .filter(([, column]) => !present.has(normal(column)))
    .map(([path, column]) => ({ path: `${prefix}/${path}`, message: `"${column}" is not a column of the file's header row (line ${mapping.headerRow})`, code: 'does_not_exist' as const }));
}

/**
 * A mapping as the API received it: its shape (datasetMappingSchema) and, against the file, the sheet
 * and the columns it names. 400 names each field (`/mapping/valueColumn`).
 */
export async function parseMapping(raw: unknown, sampleFor: (mapping: DatasetMapping) => Promise<FileSample | null>): Promise<{ mapping: DatasetMapping; sample: FileSample; headers: string[] }> {
  const parsed = datasetMappingSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => detailOfIssue(`/mapping${issue.path.length ? `/${issue.path.join('/')}` : ''}`, issue));
    throw new AppError('invalid_input', 'The mapping is not valid', details);
  }
  const mapping = parsed.data as DatasetMapping;
  const sample = await sampleFor(mapping);
  if (!sample) throw new AppError('invalid_input', 'The mapping names a sheet the workbook does not have', [{ path: '/mapping/sheet', message: 'is not a sheet of the workbook', code: 'does_not_exist' }]);
  const headers = headersOf(sample, mapping.headerRow);
  const missing = missingColumns(mapping, headers);
  if (missing.length > 0) throw new AppError('invalid_input', 'The mapping names columns the file does not have', missing);
  return { mapping, sample, headers };
}
