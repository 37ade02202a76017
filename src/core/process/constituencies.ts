/**
 * The groups a steering-committee seat or a stakeholder group can stand for, in the order forms
 * and tables list them. Kept apart from the template schema so the browser can use the list
 * without loading zod.
 */
export const constituencies = [
  'board',
  'union_or_association',
  'district_leadership',
  'principals',
  'teachers',
  'support_staff',
  'families',
  'students',
  'community',
  'business',
  'higher_education',
] as const;

export type Constituency = (typeof constituencies)[number];
