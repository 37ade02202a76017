import type { PlanDocument } from '../../plan/format/plan-format.schema.js';
import { flattenPlan, type ElementKind } from '../../plan/format/plan-tree.js';

/** The plan's own texts a comment may be about, beside its goals, measures, strategies and actions. */
export const planTextKeys = ['mission', 'vision', 'values'] as const;
export type PlanTextKey = (typeof planTextKeys)[number];

export interface CommentTarget {
  key: string;
  kind: 'plan' | ElementKind;
  parentKey: string | null;
  /** The title (name for a measure; "Mission" and so on for the plan's texts). */
  title: string;
  /** Every text of it a reader can quote, in order. */
  texts: string[];
}

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? [value] : []);

/**
 * What of a draft people can comment on, in reading order: the mission, vision and values (when the
 * draft has them), then every goal, measure, strategy and action with the texts a passage may be
 * quoted from.
 */
export function commentTargets(document: PlanDocument): CommentTarget[] {
  const plan = document.plan;
  const targets: CommentTarget[] = [];
  if (plan.mission?.trim()) targets.push({ key: 'mission', kind: 'plan', parentKey: null, title: 'Mission', texts: [plan.mission] });
  if (plan.vision?.trim()) targets.push({ key: 'vision', kind: 'plan', parentKey: null, title: 'Vision', texts: [plan.vision] });
  if (plan.values?.length) targets.push({ key: 'values', kind: 'plan', parentKey: null, title: 'Values', texts: plan.values.flatMap((v) => [v.name, ...str(v.description)]) });
  for (const element of flattenPlan(document).elements) {
    const f = element.fields;
    const title = String(f.title ?? f.name ?? element.key);
    targets.push({ key: element.key, kind: element.kind, parentKey: element.parentKey, title, texts: [title, ...str(f.description), ...str(f.rationale)] });
  }
  return targets;
}

const fold = (text: string) => text.normalize('NFC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

export type TargetProblem = { field: '/element_key' | '/quote'; message: string; code: string };

/**
 * Whether a comment's element and quoted passage belong to the draft: the key names one of its
 * targets, and the passage is words of that target's text (spaces, case and curly quotes aside, as
 * a selection in a browser may differ in them). A passage needs an element.
 */
export function checkCommentTarget(targets: readonly CommentTarget[], elementKey: string | null, quote: string | null): TargetProblem | null {
  if (elementKey === null) return quote ? { field: '/quote', message: 'needs element_key: say which part of the draft the passage is from', code: 'needs_element' } : null;
  const target = targets.find((t) => t.key === elementKey);
  if (!target) return { field: '/element_key', message: `is not a part of this draft: use mission, vision, values or a key such as ${targets.find((t) => t.kind === 'goal')?.key ?? 'G1'}`, code: 'unknown_element' };
  if (quote && !target.texts.some((text) => fold(text).includes(fold(quote)))) return { field: '/quote', message: `is not a passage of ${elementKey}'s text in the draft`, code: 'not_in_text' };
  return null;
}
