import { z } from 'zod';

export const DistrictParams = z.object({ districtId: z.uuid() });
export const IndicatorParams = z.object({ districtId: z.uuid(), metric: z.string().min(1).max(200) });

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const IndicatorQuery = z.strictObject({
  by: z.enum(['school', 'group', 'period'], { message: 'must be school, group or period' }).default('school'),
  /** A period of the metric's data ("2022-23"); the latest when absent. */
  period: text(40).optional(),
  /** A student group as the district or the file writes it; all students when absent. */
  group: text(200).optional(),
  /** One of the district's schools: by=group and by=period read that school instead of the district. */
  school: z.uuid({ message: 'must be a school id' }).optional(),
  /** A group to compare with (gap_to_comparison). */
  compare: text(200).optional(),
});

const Range = z.object({ min: z.number(), max: z.number() });
export const IndicatorCell = z
  .union([
    z.object({ value: z.number(), n: z.number().int().nullable() }),
    z.object({ suppressed: z.literal(true), reason: z.enum(['in_file', 'small_group', 'complementary']), range: Range.optional() }),
    z.object({ missing: z.literal(true) }),
  ])
  .meta({ id: 'IndicatorCell', description: 'A value with its n (null when the file gave none), a hidden cell and why, or no data.' });

const Metric = z.object({ key: z.string(), label: z.string(), unit: z.enum(['percent', 'count', 'rate', 'number']), higher_is_better: z.boolean().nullable() });

export const Indicator = z
  .object({
    metric: Metric,
    by: z.enum(['school', 'group', 'period']),
    period: z.string().nullable(),
    group: z.string().nullable(),
    compare: z.string().nullable(),
    school_id: z.uuid().nullable(),
    threshold: z.number().int(),
    district: IndicatorCell,
    comparison: IndicatorCell.nullable(),
    cells: z.array(
      z.intersection(
        z.object({
          key: z.string(),
          label: z.string(),
          gap_to_district: z.number().nullable(),
          gap_to_comparison: z.number().nullable(),
          change: z.number().nullable(),
          previous_period: z.string().nullable(),
        }),
        IndicatorCell,
      ),
    ),
  })
  .meta({ id: 'Indicator' });

export const EvidenceMetrics = z
  .object({
    metrics: z.array(Metric.extend({ periods: z.array(z.string()), groups: z.array(z.string()), schools: z.number().int() })),
  })
  .meta({ id: 'EvidenceMetrics' });
