/**
 * How much each field of the Instructional Focus may hold: the lengths and counts that keep each of
 * its four pages to one printed page (checked by printing the longest focus, in the server's
 * tests). The schema and the editor's counters read them from here, so they never disagree.
 */
export const focusLimits = {
  focus: { goal: 400, statement: 500, students: 300, rationale: 900 },
  evidence: { dataFindings: { items: 5, length: 250 }, whatWorks: { items: 4, length: 250 }, vitalSigns: { items: 4, length: 150 } },
  strategies: { items: 3, name: 120, description: 300, lookFors: { items: 3, length: 100 } },
  commitments: { items: 6, who: 60, commitment: 220, support: { items: 3, length: 200 }, checkpoints: { items: 3, length: 160 } },
} as const;

export const essaTiers = ['1', '2', '3', '4'] as const;

export const focusPages = ['focus', 'evidence', 'strategies', 'commitments'] as const;
export type FocusPage = (typeof focusPages)[number];
