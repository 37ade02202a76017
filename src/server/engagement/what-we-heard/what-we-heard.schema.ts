import { z } from 'zod';

export const HeardParams = z.object({ slug: z.string().min(1).max(100), planId: z.uuid() });
export const HeardQuery = z.object({ lang: z.enum(['en', 'es']).optional().describe('The language of the words the page adds (dispositions, labels); the plan’s and people’s words are as written') });

const suppressed = z.object({ suppressed: z.literal(true), reason: z.enum(['small_group', 'complement']) });
/** A count of people: the number, or hidden when it holds fewer than the district's threshold (or would give such a group away). */
const count = z.union([z.number().int().min(0), suppressed]);
const share = z.union([z.number(), suppressed]);

const GroupRow = z.object({ label: z.string(), people: count, share, population_share: z.number().nullable(), is_under_represented: z.boolean() });
const GroupTable = z.object({ dimension: z.string(), label: z.string(), is_compared: z.boolean(), people: count, rows: z.array(GroupRow) });
const WordDiff = z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() }));
const Change = z.object({
  key: z.string(),
  kind: z.enum(['plan', 'goal', 'measure', 'strategy', 'action']),
  title: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  /** The texts changed word by word, draft to adopted; other fields are named only. */
  fields: z.array(z.object({ field: z.string(), text_diff: WordDiff.nullable() })),
});
const Disposition = z.object({ value: z.enum(['accepted', 'partly', 'not_accepted', 'out_of_scope']), label: z.string(), note: z.string().nullable(), changes: z.array(Change) });
const Theme = z.object({ label: z.string(), comments: count, disposition: Disposition.nullable() });

const PublicCommentEngagement = z.object({
  kind: z.literal('public_comment'),
  opens_on: z.string(),
  closed_on: z.string(),
  draft_version: z.number().int(),
  comments: count,
  representation: z.array(GroupTable),
  themes: z.array(Theme),
  /** Comments a moderator accepted, with what became of them; no name, no address. */
  shown: z.array(z.object({ element_key: z.string().nullable(), element: z.string().nullable(), quote: z.string().nullable(), body: z.string(), theme: z.string().nullable(), disposition: Disposition.nullable() })),
});
const SurveyEngagement = z.object({
  kind: z.literal('survey'),
  title: z.string(),
  opened_on: z.string().nullable(),
  closed_on: z.string().nullable(),
  respondents: count,
  representation: z.array(GroupTable),
  themes: z.array(z.object({ label: z.string(), answers: count })),
});
const ConversationEngagement = z.object({ kind: z.literal('conversation'), title: z.string(), opened_on: z.string().nullable(), closed_on: z.string().nullable(), participants: count, themes: z.array(z.object({ label: z.string() })) });
const FocusGroupsEngagement = z.object({ kind: z.literal('focus_groups'), groups: z.number().int(), participants: count, themes: z.array(z.object({ label: z.string(), groups: z.number().int() })) });

export const WhatWeHeard = z
  .object({
    district: z.object({ name: z.string(), slug: z.string() }),
    plan: z.object({ id: z.uuid(), title: z.string(), adopted_version: z.number().int(), adopted_on: z.string().nullable() }),
    language: z.enum(['en', 'es']),
    threshold: z.number().int(),
    /** The planning cycle that produced the plan, when one names it. */
    cycle: z.object({ name: z.string() }).nullable(),
    engagements: z.array(z.discriminatedUnion('kind', [PublicCommentEngagement, SurveyEngagement, ConversationEngagement, FocusGroupsEngagement])),
    /** Each goal of the adopted plan with the texts of the evidence and voices it cites. */
    goals: z.array(z.object({ key: z.string(), title: z.string(), citations: z.array(z.object({ element_key: z.string(), kind: z.enum(['goal', 'measure', 'strategy', 'action']), about: z.string(), text: z.string() })) })),
  })
  .meta({ id: 'WhatWeHeard' });
export type WhatWeHeard = z.infer<typeof WhatWeHeard>;
export type HeardEngagement = WhatWeHeard['engagements'][number];
export type HeardChange = z.infer<typeof Change>;
export type HeardGroupTable = z.infer<typeof GroupTable>;

/** The page answers its own 404 to any address: a mistyped id or language is no JSON error. */
export const HeardPageParams = z.object({ slug: z.string().min(1).max(200), planId: z.string().min(1).max(200) });
export const HeardPageQuery = z.object({ lang: z.string().max(35).optional() });
export const SlugPageParams = z.object({ slug: z.string().min(1).max(200) });
