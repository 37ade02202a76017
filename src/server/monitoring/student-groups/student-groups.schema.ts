import { z } from 'zod';

const groupName = z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');
// Categories are keys ("race_ethnicity") or a district's own words ("Grade band"); the web shows the known ones translated.
const category = z.string().trim().min(1, 'choose a category').max(60, 'must be at most 60 characters');
const aliases = z.array(groupName).max(30, 'at most 30 other names');

export const DistrictParams = z.object({ districtId: z.uuid() });
export const GroupParams = z.object({ districtId: z.uuid(), key: z.string().regex(/^[a-z0-9_]{1,60}$/, 'must be a group key') });

export const StudentGroup = z
  .object({
    key: z.string(),
    category: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    isRetired: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'StudentGroup' });

export const StudentGroups = z
  .object({
    groups: z.array(StudentGroup),
    /** True while the district has never changed the built-in list. */
    isDefault: z.boolean(),
  })
  .meta({ id: 'StudentGroups' });

export const NewStudentGroupBody = z.strictObject({ category, name: groupName, aliases: aliases.default([]) });

export const StudentGroupBody = z.strictObject({
  category,
  name: groupName,
  aliases,
  isRetired: z.boolean(),
  /** The version the edit started from; 409 with the current group when someone saved since. */
  // An int4 column: a larger number reached PostgreSQL and answered 500 (22003, found by the fuzz suite).
  version: z.number().int().min(1).max(2_147_483_647),
});

export type NewStudentGroupValues = z.infer<typeof NewStudentGroupBody>;
export type StudentGroupValues = Omit<z.infer<typeof StudentGroupBody>, 'version'>;
