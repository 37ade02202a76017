import { z } from 'zod';
import { districtLocales } from '../../../core/network/benchmark-distribution.js';
import { versionSchema } from '../../http/common.schema.js';
import { optionalText, requiredText } from '../cohorts/cohorts.schema.js';

export const BenchmarkParams = z.object({ networkId: z.uuid(), benchmarkId: z.uuid() });
export const DistrictBenchmarkParams = z.object({ districtId: z.uuid(), benchmarkId: z.uuid() });

const direction = z.enum(['increase', 'decrease']).meta({ description: 'Which way is better' });

export const BenchmarkBody = z.strictObject({
  name: requiredText(200).meta({ description: 'e.g. "Chronic absenteeism, all students"' }),
  description: optionalText(2000).optional().meta({ description: 'How districts should measure it, so the values compare' }),
  unit: requiredText(60).meta({ description: 'e.g. "% of students"' }),
  direction,
});
export const UpdateBenchmarkBody = BenchmarkBody.partial().extend({ version: versionSchema });
export type BenchmarkValues = z.infer<typeof BenchmarkBody>;

export const Benchmark = z
  .object({ id: z.uuid(), networkId: z.uuid(), name: z.string(), description: z.string(), unit: z.string(), direction, version: z.number().int() })
  .meta({ id: 'Benchmark' });

const Distribution = z
  .object({
    isShown: z.boolean().meta({ description: 'false: not enough districts share this yet (fewer than 5 the reader cannot name); nothing else is said' }),
    count: z.number().int().nullable(),
    min: z.number().optional(),
    q1: z.number().optional(),
    median: z.number().optional(),
    q3: z.number().optional(),
    max: z.number().optional(),
    reader: z
      .object({ value: z.number(), betterThanPercent: z.number().int(), standing: z.enum(['top_quarter', 'upper_middle', 'lower_middle', 'bottom_quarter']) })
      .nullable()
      .optional()
      .meta({ description: "Where the reader's own value falls, better following the benchmark's direction" }),
  })
  .meta({ id: 'BenchmarkDistribution' });

const NamedValue = z.object({ districtName: z.string(), value: z.number(), periodLabel: z.string() }).meta({ description: 'A district that agreed to be named, with its value' });

export const BenchmarkResults = z
  .object({
    benchmark: Benchmark,
    sharingCount: z.number().int().meta({ description: 'Districts of the network sharing a measure as this benchmark' }),
    distribution: Distribution,
    namedDistricts: z.array(NamedValue),
  })
  .meta({ id: 'BenchmarkResults' });

export const OwnValue = z.discriminatedUnion('status', [
  z.object({ status: z.literal('shared'), value: z.number(), periodLabel: z.string() }),
  z.object({ status: z.enum(['withheld', 'no_result', 'measure_missing']) }),
]);

export const DistrictBenchmark = z
  .object({
    benchmark: Benchmark,
    sharingCount: z.number().int(),
    share: z
      .object({ planId: z.uuid(), planTitle: z.string(), measureKey: z.string(), measureName: z.string(), namedWithConsent: z.boolean(), own: OwnValue })
      .nullable()
      .meta({ description: 'null when the district does not share this benchmark. own.status withheld: its privacy rule keeps the value in (a small group), so it is not shared' }),
    distribution: Distribution.nullable().meta({ description: 'null unless the district shares a value' }),
    similar: Distribution.extend({ noProfile: z.literal(true).optional() })
      .nullable()
      .meta({ description: 'Districts of the same size band, poverty band and locale; noProfile when the district has not described itself' }),
    namedDistricts: z.array(NamedValue),
  })
  .meta({ id: 'DistrictBenchmark' });

export const ShareBody = z.strictObject({
  planId: z.uuid(),
  measureKey: z.string().min(1, 'is required').max(100).meta({ description: 'A measure of the plan, by key' }),
  namedWithConsent: z.boolean().meta({ description: 'Others in the network may see the district named beside its value' }),
});

export const DistrictProfile = z
  .object({
    enrolment: z.number().int().min(0).max(2_000_000).nullable().meta({ description: 'Students enrolled' }),
    povertyPercent: z.number().min(0).max(100).nullable().meta({ description: 'Share of students in poverty, 0-100' }),
    locale: z.enum(districtLocales).nullable(),
  })
  .meta({ id: 'DistrictProfile' });
export const DistrictProfileBody = DistrictProfile.strict();
