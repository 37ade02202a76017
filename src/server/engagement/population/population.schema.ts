import { z } from 'zod';
import { populationDimensions } from '../../../core/engagement/population/population-groups.js';
import { storable } from '../../../core/platform/storable-text.js';

export const DistrictParams = z.object({ districtId: z.uuid() });

const dimension = z.enum(populationDimensions);
const school = storable(z.string().trim().max(200, 'must be at most 200 characters'));
const label = storable(z.string().trim().min(1, 'is required').max(120, 'must be at most 120 characters'));
const key = z.string().regex(/^[a-z0-9_]{1,64}$/, 'must be 1-64 lower-case letters, digits or "_"');

export const PopulationGroupBody = z.strictObject({
  /** Made from the label when left out. */
  key: key.optional(),
  label,
  count: z.number().int().min(0, 'must be 0 or more').max(100_000_000, 'must be at most 100,000,000'),
});

export const SavePopulationBody = z.strictObject({
  /** The population version the edit started from (0 before anything was entered); 409 when someone saved since. */
  version: z.number().int().min(0).max(2_147_483_647),
  /** '' (or left out) for the district as a whole, else the school's name. */
  school: school.default(''),
  dimension,
  /** The whole list for this school and dimension, in order; an empty list removes it. */
  groups: z.array(PopulationGroupBody).max(60, 'must list at most 60 groups'),
});

const suggestionList = z.array(z.object({ key: z.string(), label: z.string() }));

export const PopulationList = z
  .object({
    school: z.string(),
    dimension,
    groups: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int(), source: z.enum(['entered', 'imported']) })),
    total: z.number().int(),
  })
  .meta({ id: 'PopulationList' });

export const Population = z
  .object({
    version: z.number().int(),
    /** Schools with at least one list, district-wide ('') first. */
    schools: z.array(z.string()),
    lists: z.array(PopulationList),
    /** Groups to start a dimension with, for the entry screen. */
    suggestions: z.object(Object.fromEntries(populationDimensions.map((name) => [name, suggestionList])) as Record<(typeof populationDimensions)[number], typeof suggestionList>),
  })
  .meta({ id: 'Population' });
