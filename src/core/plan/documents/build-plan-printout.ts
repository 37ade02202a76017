import type { PlanDocument } from '../format/plan-format.schema.js';
import { finalTarget } from './measure-table.js';
import { NO_VALUE, formatDate, formatMeasureValue, formatWord, initialsOf } from './format-plan-values.js';
import { levelNamesOf, type LevelNames } from './level-names.js';
import { budgetBlocks } from './printout-budget.js';
import { communicationBlocks, decisionRightsBlocks } from './printout-decision-rights.js';
import { goalDetailBlocks, goalHeading } from './printout-goals.js';
import { strategyBlocks } from './printout-strategies.js';
import { heading, paragraph, type PrintBlock } from './printout-blocks.js';

/**
 * The board-ready printout of a plan: a title page, the plan on a page, goals with their
 * measures, strategies with their actions, the budget and decision rights, in the plan's own
 * words for its levels. Word and PDF are drawn from these blocks.
 */
export function buildPlanPrintout(options: { document: PlanDocument; organizationName: string }): PrintBlock[] {
  const { plan } = options.document;
  const names = levelNamesOf(plan);
  return [
    coverBlock(options.document, options.organizationName),
    { kind: 'pageBreak' },
    ...planOnAPage(options.document, names),
    { kind: 'pageBreak' },
    ...goalDetailBlocks(plan.goals, names),
    { kind: 'pageBreak' },
    ...strategyBlocks(plan.goals, names),
    { kind: 'pageBreak' },
    ...budgetBlocks(options.document, names),
    ...decisionRightsBlocks(options.document, names),
    ...communicationBlocks(plan),
  ];
}

function coverBlock(document: PlanDocument, organizationName: string): PrintBlock {
  const { plan } = document;
  const lines: string[] = [];
  if (plan.period) lines.push(`${plan.period.start.label} to ${plan.period.end.label}`);
  if (plan.adopted && plan.status === 'adopted') {
    const details = [plan.adopted.resolution && `resolution ${plan.adopted.resolution}`, plan.adopted.vote && `vote ${plan.adopted.vote}`].filter(Boolean).join(', ');
    lines.push(`Adopted ${plan.adopted.body ? `by the ${plan.adopted.body} ` : ''}on ${formatDate(plan.adopted.date)}${details ? ` (${details})` : ''}`);
  } else if (plan.status) {
    lines.push(plan.status === 'public_comment' ? 'Draft for public comment' : formatWord(plan.status));
  }
  return { kind: 'cover', organizationName, initials: initialsOf(organizationName), title: plan.title, lines };
}

/** Mission, vision, values and every goal with its measures' baseline and final target: one page to pin up. */
function planOnAPage(document: PlanDocument, names: LevelNames): PrintBlock[] {
  const { plan } = document;
  const blocks: PrintBlock[] = [heading(1, 'The plan on a page')];
  const statements = [
    { label: 'Mission', value: plan.mission ?? '' },
    { label: 'Vision', value: plan.vision ?? '' },
  ].filter((s) => s.value !== '');
  if (statements.length) blocks.push({ kind: 'facts', items: statements });
  if (plan.values?.length) blocks.push(heading(2, 'Values'), { kind: 'list', items: plan.values.map((v) => ({ label: v.name, text: v.description ?? '' })) });
  if (plan.portrait_of_graduate?.length) {
    blocks.push(heading(2, 'Portrait of a graduate'), { kind: 'list', items: plan.portrait_of_graduate.map((v) => ({ label: v.name, text: v.description ?? '' })) });
  }
  if (plan.theory_of_action) blocks.push(heading(2, 'Theory of action'), paragraph(plan.theory_of_action));
  blocks.push(heading(2, names.goals));
  if (plan.goals.length === 0) return [...blocks, paragraph(`No ${names.goals.toLowerCase()} yet.`, 'muted')];
  blocks.push({
    kind: 'table',
    caption: `${names.goals}, their ${names.measures.toLowerCase()} from baseline to final target, and their ${names.strategies.toLowerCase()}`,
    headers: [names.goal, `${names.measures}: baseline → final target`, names.strategies],
    rows: plan.goals.map((goal) => [
      [goalHeading(goal, names)],
      goal.measures?.length
        ? goal.measures.map((m) => `${m.name}: ${m.baseline ? formatMeasureValue(m.baseline, m) : NO_VALUE} → ${formatMeasureValue(finalTarget(m), m)}`)
        : [NO_VALUE],
      goal.strategies?.length ? goal.strategies.map((s) => s.title) : [NO_VALUE],
    ]),
    widths: [3, 5, 4],
  });
  return blocks;
}
