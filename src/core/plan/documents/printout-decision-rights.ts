import type { PlanBody, PlanDocument } from '../format/plan-format.schema.js';
import { decisionRightsMatrix } from '../decision-rights-matrix.js';
import { NO_VALUE } from './format-plan-values.js';
import type { LevelNames } from './level-names.js';
import { heading, paragraph, type PrintBlock } from './printout-blocks.js';
import { printoutWords, type PrintoutWords } from './printout-words.js';

/** Who is responsible, accountable, consulted and informed for each decision, strategy by strategy. */
export function decisionRightsBlocks(document: PlanDocument, names: LevelNames, words: PrintoutWords = printoutWords.en): PrintBlock[] {
  const { rows } = decisionRightsMatrix(document);
  const blocks: PrintBlock[] = [heading(1, words.decisionRights)];
  if (rows.length === 0) return [...blocks, paragraph(words.noDecisionRights, 'muted')];
  const people = (names: string[]) => (names.length ? names : [NO_VALUE]);
  return [
    ...blocks,
    {
      kind: 'table',
      caption: words.decisionCaption(names.strategy),
      headers: words.decisionColumns(names.strategy),
      rows: rows.map((row) => [[row.strategyKey], [row.decision], people(row.responsible), [row.accountable ?? NO_VALUE], people(row.consulted), people(row.informed)]),
      widths: [3, 4, 3, 3, 3, 3],
    },
  ];
}

/** Who hears what, how and how often; and the sources the plan rests on. */
export function communicationBlocks(plan: PlanBody, words: PrintoutWords = printoutWords.en): PrintBlock[] {
  const blocks: PrintBlock[] = [];
  if (plan.communication_plan?.length) {
    blocks.push(heading(1, words.communicationPlan), {
      kind: 'table',
      caption: words.communicationPlan,
      headers: [...words.communicationColumns],
      rows: plan.communication_plan.map((c) => [[c.audience], [c.message ?? NO_VALUE], [c.channel ?? NO_VALUE], [c.cadence ?? NO_VALUE], [c.owner ?? NO_VALUE]]),
      widths: [3, 5, 3, 2, 3],
    });
  }
  if (plan.sources?.length) {
    blocks.push(heading(1, words.sources), { kind: 'list', items: plan.sources.map((s) => ({ text: s.url ? `${s.title} (${s.url})` : s.title })) });
  }
  return blocks;
}
