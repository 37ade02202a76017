import type { Transaction } from 'kysely';
import { commentCitationWords } from '../../../core/engagement/public-comment/comment-citation-words.js';
import { EVIDENCE_KEY, evidenceOf, type EvidenceItem, type EvidenceLink } from '../../../core/plan/format/evidence.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../platform/audit/actor.js';
import { listPlanElements } from '../../plan/plans/read-plan.js';
import { updatePlanElement } from '../../plan/plans/update-plan-element.js';

/** A comment's citation words in the plan's language (English), as the citation picker words it. */
export const commentCitationText = commentCitationWords.en.comment;
export const themeCitationText = commentCitationWords.en.theme;

const sameLink = (a: EvidenceLink | undefined, b: EvidenceLink) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * When the team accepts a comment (or a theme) and names the elements it changed, each of those
 * elements cites it, inside the disposition's transaction, so the plan shows the voice behind the
 * change without a second step. An element that already cites it is left alone; the plan's own
 * texts (mission, vision, values) have no evidence list and are skipped.
 */
export async function citeOnChangedElements(trx: Transaction<DB>, options: { actor: Actor; organizationId: string; planId: string; keys: readonly string[]; item: { text: string; link: EvidenceLink } }) {
  const elements = await listPlanElements(trx, options.planId);
  for (const key of options.keys) {
    const element = elements.find((e) => e.key === key);
    if (!element) continue;
    const fields = element.fields as Record<string, unknown>;
    const evidence = evidenceOf(fields);
    if (evidence.some((e) => sameLink(e.link, options.item.link))) continue;
    const extensions = { ...((fields.extensions as Record<string, unknown> | undefined) ?? {}), [EVIDENCE_KEY]: [...evidence, options.item] satisfies EvidenceItem[] };
    await updatePlanElement({ db: trx, actor: options.actor, organizationId: options.organizationId, planId: options.planId, elementId: element.id, version: element.version, fields: { ...fields, extensions } });
  }
}
