import { z } from 'zod';
import { essaTiers, focusLimits as limits } from './focus-limits.js';

/**
 * Performance Fact's Instructional Focus: four pages that say how teaching and learning will move
 * students toward the district's goal (phase 5, "How are we going to get there?"). Page one is the
 * focus, page two the evidence behind it, page three the strategies, page four the commitments.
 * Each field's length (focus-limits.ts) keeps its page to one printed page.
 */

const line = (max: number) => z.string().trim().max(max);
const lines = (list: { items: number; length: number }) => z.array(line(list.length).min(1, 'is required')).max(list.items);

/** Page 1: what students will learn and do, for whom, toward which goal, and why this focus. */
export const focusPageSchema = z.strictObject({
  goal: line(limits.focus.goal),
  /** The plan's goal this focus serves, when the cycle's plan has it. */
  goalKey: z.string().max(40).nullable(),
  statement: line(limits.focus.statement),
  students: line(limits.focus.students),
  rationale: line(limits.focus.rationale),
});

/** Page 2: what the data and the community say, and what research says works. */
export const evidencePageSchema = z.strictObject({
  dataFindings: lines(limits.evidence.dataFindings),
  whatWorks: lines(limits.evidence.whatWorks),
  vitalSigns: lines(limits.evidence.vitalSigns),
});

/** Page 3: the instructional strategies, each with its evidence tier and what it looks like in class. */
export const strategiesPageSchema = z.strictObject({
  strategies: z
    .array(
      z.strictObject({
        name: line(limits.strategies.name).min(1, 'is required'),
        description: line(limits.strategies.description),
        essaTier: z.enum(essaTiers).nullable(),
        /** The plan's strategy this becomes, when it is in the plan. */
        strategyKey: z.string().max(40).nullable(),
        lookFors: lines(limits.strategies.lookFors),
      }),
    )
    .max(limits.strategies.items),
});

/** Page 4: who commits to what, the support they get, and how progress is checked. */
export const commitmentsPageSchema = z.strictObject({
  commitments: z
    .array(z.strictObject({ who: line(limits.commitments.who).min(1, 'is required'), commitment: line(limits.commitments.commitment).min(1, 'is required') }))
    .max(limits.commitments.items),
  support: lines(limits.commitments.support),
  checkpoints: lines(limits.commitments.checkpoints),
});

export const instructionalFocusSchema = z.strictObject({
  focus: focusPageSchema,
  evidence: evidencePageSchema,
  strategies: strategiesPageSchema,
  commitments: commitmentsPageSchema,
});
export type InstructionalFocus = z.infer<typeof instructionalFocusSchema>;
