import { z } from 'zod';
import { measureUnits } from '../../../core/plan/format/plan-format.schema.js';
import { versionSchema } from '../../http/common.schema.js';
import { optionalText, requiredText } from '../cohorts/cohorts.schema.js';

export const StrategyParams = z.object({ networkId: z.uuid(), strategyId: z.uuid() });
export const DistrictStrategyParams = z.object({ districtId: z.uuid(), strategyId: z.uuid() });

const webAddress = z.string().max(2000).regex(/^https?:\/\/\S+$/i, 'must be a web address starting with http:// or https://');

export const essaTierSchema = z.number().int().min(1).max(4).meta({ description: 'ESSA evidence tier: 1 strong, 2 moderate, 3 promising, 4 demonstrates a rationale' });

export const BankStrategyBody = z.strictObject({
  title: requiredText(300),
  summary: optionalText(4000).optional(),
  essaTier: essaTierSchema,
  studyCitation: requiredText(2000).meta({ description: 'The study behind the tier, cited' }),
  studyUrl: webAddress.nullable().optional(),
  problems: z.array(requiredText(200)).max(20).optional().meta({ description: 'The problems it addresses ("Chronic absenteeism")' }),
  cost: optionalText(2000).optional().meta({ description: 'What it costs, in words ("$45 per student a year, plus 0.5 FTE coordinator")' }),
  measures: z.array(z.strictObject({ name: requiredText(300), unit: z.enum(measureUnits).optional() })).max(20).optional().meta({ description: 'Measures districts used to follow it' }),
  actions: z.array(requiredText(300)).max(30).optional().meta({ description: 'Action steps copied with it into a plan' }),
});
export const UpdateBankStrategyBody = BankStrategyBody.partial().extend({ version: versionSchema });
export type BankStrategyValues = z.infer<typeof BankStrategyBody>;

const StrategyUse = z.object({
  districtCount: z.number().int().meta({ description: 'How many districts adopted it' }),
  statuses: z.record(z.string(), z.number().int()).meta({ description: 'How it is going for them: their computed statuses (on_track, at_risk, off_track, complete, no_data), counted' }),
  namedDistricts: z.array(z.object({ name: z.string(), status: z.string() })).meta({ description: 'Only districts that agreed to be named' }),
});

export const BankStrategy = z
  .object({
    id: z.uuid(),
    networkId: z.uuid(),
    networkName: z.string(),
    title: z.string(),
    summary: z.string(),
    essaTier: z.number().int(),
    studyCitation: z.string(),
    studyUrl: z.string().nullable(),
    problems: z.array(z.string()),
    cost: z.string(),
    measures: z.array(z.object({ name: z.string(), unit: z.string().optional() })),
    actions: z.array(z.string()),
    use: StrategyUse,
    version: z.number().int(),
  })
  .meta({ id: 'BankStrategy' });

export const AdoptStrategyBody = z.strictObject({
  planId: z.uuid(),
  goalId: z.uuid().meta({ description: 'The goal of the plan the strategy serves (a plan element id)' }),
  namedWithConsent: z.boolean().optional().meta({ description: 'Others in the network may see that this district uses it, and how it goes' }),
});

export const Adoption = z
  .object({ id: z.uuid(), strategyId: z.uuid(), planId: z.uuid(), elementKey: z.string(), elementId: z.uuid(), namedWithConsent: z.boolean() })
  .meta({ id: 'StrategyAdoption' });
