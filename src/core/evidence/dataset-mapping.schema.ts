import { z } from 'zod';
import type { DatasetMapping } from './dataset-mapping.js';

/**
 * The shape of a DatasetMapping as the server accepts it (from the mapping screen, a saved layout or
 * the library). Objects are strict so a misspelt field is refused rather than ignored. What one field
 * cannot say alone is checked at the end: a long layout needs its value column and a wide one its
 * columns, every value needs a metric and a period. Each issue's path names the field it is about
 * (`valueColumn`, `wideColumns/2/period`), so the API answers 400 at `/mapping/<field>`.
 */
const column = z.string().trim().min(1, 'must name a column').max(300, 'must be at most 300 characters');
const shortText = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const metricKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,59}$/, 'must be lower case letters, digits and underscores, starting with a letter, like "ela_level_3_4"');

export const metricDefinitionSchema = z.strictObject({
  key: metricKeySchema,
  label: shortText,
  unit: z.enum(['percent', 'count', 'rate', 'number']),
  higherIsBetter: z.boolean().nullable(),
});

const wideColumnSchema = z.strictObject({
  column,
  metric: metricDefinitionSchema.optional(),
  period: shortText.optional(),
  group: shortText.optional(),
  nColumn: column.optional(),
  nMeans: z
    .enum(['group_size', 'students_in_value'])
    .optional()
    .meta({
      description:
        'What the n column counts: the students the value is about (group_size, the default), or only those the percentage counts (students_in_value: 31 chronically absent at 6.4%); the group\'s size is then worked out as n ÷ the percentage',
    }),
});

const mappingShape = z.strictObject({
  sheet: z.string().max(300).optional(),
  headerRow: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(10_000, 'must be at most 10000'),
  entity: z.strictObject({
    codeColumn: column.optional(),
    nameColumn: column.optional(),
    districtValues: z.array(shortText).max(50, 'must list at most 50 values').optional(),
  }),
  period: z.strictObject({
    column: column.optional(),
    fixed: shortText.optional(),
    yearMeans: z.enum(['as_written', 'school_year_ending']).optional(),
  }),
  group: z.strictObject({ column: column.optional(), fixed: shortText.optional() }),
  subgroup: z
    .strictObject({ column, allValues: z.array(shortText).max(50, 'must list at most 50 values'), prefix: z.string().max(50).optional() })
    .optional(),
  metric: z.strictObject({
    column: column.optional(),
    fixed: metricDefinitionSchema.optional(),
    values: z.array(z.strictObject({ value: shortText, metric: metricDefinitionSchema })).max(500, 'must list at most 500 values').optional(),
  }),
  valueColumn: column.optional(),
  nColumn: column.optional(),
  wideColumns: z.array(wideColumnSchema).max(500, 'must list at most 500 columns').optional(),
  percentScale: z.enum(['auto', '0_100', '0_1']),
  filters: z
    .array(z.strictObject({ column, equals: z.array(z.string().trim().max(300)).min(1, 'must list at least one value').max(500) }))
    .max(20, 'must list at most 20 filters')
    .optional(),
});

export const datasetMappingSchema = mappingShape.superRefine((mapping, ctx) => {
  const wide = mapping.wideColumns ?? [];
  const isWide = wide.length > 0;
  if (isWide && mapping.valueColumn !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['valueColumn'], message: 'must be left out when the file is wide (its value columns are listed in wideColumns)', params: { issue: 'invalid' } });
  }
  if (!isWide && mapping.valueColumn === undefined) {
    const path = mapping.wideColumns === undefined ? ['valueColumn'] : ['wideColumns'];
    ctx.addIssue({ code: 'custom', path, message: 'must name the value column (a long file) or list the value columns (a wide file)', params: { issue: 'required' } });
  }
  if (mapping.metric.column !== undefined && mapping.metric.fixed !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['metric'], message: 'must be either a column or a fixed metric, not both', params: { issue: 'invalid' } });
  }
  if (mapping.metric.values !== undefined && mapping.metric.column === undefined) {
    ctx.addIssue({ code: 'custom', path: ['metric', 'values'], message: 'must be left out unless a column names each row\'s metric', params: { issue: 'invalid' } });
  }
  const metricMissing = isWide ? wide.some((value) => value.metric === undefined) : true;
  if (metricMissing && mapping.metric.column === undefined && mapping.metric.fixed === undefined) {
    ctx.addIssue({ code: 'custom', path: ['metric'], message: 'must name the metric: a column naming it on each row, or one metric for the file', params: { issue: 'required' } });
  }
  const periodMissing = isWide ? wide.some((value) => value.period === undefined) : true;
  if (periodMissing && mapping.period.column === undefined && mapping.period.fixed === undefined) {
    ctx.addIssue({ code: 'custom', path: ['period'], message: 'must name the year: a column, or the one year the whole file is about', params: { issue: 'required' } });
  }
  if (mapping.period.column !== undefined && mapping.period.fixed !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['period', 'fixed'], message: 'must be left out when a column gives the year', params: { issue: 'invalid' } });
  }
  if (mapping.group.column !== undefined && mapping.group.fixed !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['group', 'fixed'], message: 'must be left out when a column gives the student group', params: { issue: 'invalid' } });
  }
  const seen = new Set<string>();
  wide.forEach((value, index) => {
    if (seen.has(value.column)) ctx.addIssue({ code: 'custom', path: ['wideColumns', index, 'column'], message: 'must not list a column twice', params: { issue: 'duplicate' } });
    seen.add(value.column);
  });
  const metricKeys = new Map<string, string>();
  wide.forEach((value, index) => {
    if (!value.metric) return;
    const period = value.period ?? '';
    const group = value.group ?? '';
    const slot = `${value.metric.key}\u0001${period}\u0001${group}`;
    if (metricKeys.has(slot)) ctx.addIssue({ code: 'custom', path: ['wideColumns', index, 'metric', 'key'], message: 'must not repeat another column\'s metric, year and group', params: { issue: 'duplicate' } });
    metricKeys.set(slot, value.column);
  });
});

/** The parsed mapping has exactly DatasetMapping's shape (checked by the compiler). */
export type ParsedDatasetMapping = z.infer<typeof datasetMappingSchema>;
const _sameShape: (mapping: ParsedDatasetMapping) => DatasetMapping = (mapping) => mapping;
void _sameShape;
