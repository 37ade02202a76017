import { z } from 'zod';

/**
 * Root causes of a priority's gap, written one of two ways: five whys (each answer asks the next
 * "why?", up to five) or a fishbone (causes under categories). Stored as JSON on the priority; the
 * schema is the one check the API and the documents share.
 */

/** The categories a fishbone starts with in schools; the team may rename them or add its own. */
export const fishboneStartingCategories = ['People', 'Processes', 'Curriculum and instruction', 'Resources', 'Policies', 'Environment'] as const;

const cause = z.string().trim().min(1, 'is required').max(500);

export const fiveWhysSchema = z.array(cause).max(5, 'five whys at most');
export const fishboneSchema = z
  .array(z.strictObject({ category: z.string().trim().min(1, 'is required').max(80), causes: z.array(cause).max(12) }))
  .max(10)
  .superRefine((categories, context) => {
    const seen = new Set<string>();
    categories.forEach((entry, index) => {
      const key = entry.category.toLocaleLowerCase();
      if (seen.has(key)) context.addIssue({ code: 'custom', path: [index, 'category'], message: 'is already a category', params: { issue: 'duplicate' } });
      seen.add(key);
    });
  });

export type RootCauseMethod = 'five_whys' | 'fishbone';
export type FishboneCategory = z.infer<typeof fishboneSchema>[number];
export type RootCauses = { method: 'five_whys'; causes: string[] } | { method: 'fishbone'; causes: FishboneCategory[] };

/** The deepest cause the team reached: the last why, or every fishbone cause, for a document's summary. */
export function deepestCauses(rootCauses: RootCauses): string[] {
  if (rootCauses.method === 'five_whys') return rootCauses.causes.length ? [rootCauses.causes[rootCauses.causes.length - 1]!] : [];
  return rootCauses.causes.flatMap((category) => category.causes.map((text) => `${category.category}: ${text}`));
}

/** Whether the analysis says anything yet (a priority with neither is an empty work area). */
export function hasRootCauses(rootCauses: RootCauses): boolean {
  return rootCauses.method === 'five_whys' ? rootCauses.causes.length > 0 : rootCauses.causes.some((category) => category.causes.length > 0);
}
