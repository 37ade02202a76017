import type { PlanBody, PlanDocument } from '../format/plan-format.schema.js';
import { decisionRightsMatrix } from '../decision-rights-matrix.js';
import { NO_VALUE } from './format-plan-values.js';
import type { LevelNames } from './level-names.js';
import { heading, paragraph, type PrintBlock } from './printout-blocks.js';

/** Who is responsible, accountable, consulted and informed for each decision, strategy by strategy. */
export function decisionRightsBlocks(document: PlanDocument, names: LevelNames): PrintBlock[] {
  const { rows } = decisionRightsMatrix(document);
  const blocks: PrintBlock[] = [heading(1, 'Decision rights')];
  if (rows.length === 0) return [...blocks, paragraph('No decision rights in this plan yet.', 'muted')];
  const people = (names: string[]) => (names.length ? names : [NO_VALUE]);
  return [
    ...blocks,
    {
      kind: 'table',
      caption: `Decision rights by ${names.strategy.toLowerCase()}: responsible, accountable, consulted, informed`,
      headers: [names.strategy, 'Decision', 'Responsible', 'Accountable', 'Consulted', 'Informed'],
      rows: rows.map((row) => [[row.strategyKey], [row.decision], people(row.responsible), [row.accountable ?? NO_VALUE], people(row.consulted), people(row.informed)]),
      widths: [3, 4, 3, 3, 3, 3],
    },
  ];
}

/** Who hears what, how and how often; and the sources the plan rests on. */
export function communicationBlocks(plan: PlanBody): PrintBlock[] {
  const blocks: PrintBlock[] = [];
  if (plan.communication_plan?.length) {
    blocks.push(heading(1, 'Communication plan'), {
      kind: 'table',
      caption: 'Communication plan',
      headers: ['Audience', 'Message', 'Channel', 'Cadence', 'Owner'],
      rows: plan.communication_plan.map((c) => [[c.audience], [c.message ?? NO_VALUE], [c.channel ?? NO_VALUE], [c.cadence ?? NO_VALUE], [c.owner ?? NO_VALUE]]),
      widths: [3, 5, 3, 2, 3],
    });
  }
  if (plan.sources?.length) {
    blocks.push(heading(1, 'Sources'), { kind: 'list', items: plan.sources.map((s) => ({ text: s.url ? `${s.title} (${s.url})` : s.title })) });
  }
  return blocks;
}
