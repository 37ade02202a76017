import type { PlanDocument } from '../format/plan-format.schema.js';
import { finalTarget } from './measure-table.js';
import { NO_VALUE, formatDate, formatMeasureValue, formatWord, initialsOf } from './format-plan-values.js';
import { printoutWords, type PrintoutWords } from './printout-words.js';
import { levelNamesOf, type LevelNames } from './level-names.js';
import { budgetBlocks } from './printout-budget.js';
import { communicationBlocks, decisionRightsBlocks } from './printout-decision-rights.js';
import { goalDetailBlocks, goalHeading } from './printout-goals.js';
import { strategyBlocks } from './printout-strategies.js';
import { heading, paragraph, type PrintBlock } from './printout-blocks.js';

/** What a printout is made from; `privacyThreshold` is set when the results in it were protected. */
export interface PlanPrintoutInput {
  document: PlanDocument;
  organizationName: string;
  words?: PrintoutWords;
  privacyThreshold?: number;
}

/**
 * The board-ready printout of a plan: a title page, the plan on a page, goals with their
 * measures, strategies with their actions, the budget and decision rights, in the plan's own
 * words for its levels and the reader's language for the rest. Word and PDF are drawn from these
 * blocks. Protecting small groups is the caller's (protectPlanResults): the printout prints what
 * it is given, and says so when a threshold is named.
 */
export function buildPlanPrintout(options: PlanPrintoutInput): PrintBlock[] {
  const { plan } = options.document;
  const words = options.words ?? printoutWords.en;
  const names = levelNamesOf(plan, words);
  const privacy = options.privacyThreshold === undefined ? [] : [paragraph(words.privacyNote(options.privacyThreshold), 'muted')];
  return [
    coverBlock(options.document, options.organizationName, words),
    { kind: 'pageBreak' },
    ...planOnAPage(options.document, names, words),
    { kind: 'pageBreak' },
    ...goalDetailBlocks(plan.goals, names, words),
    ...privacy,
    { kind: 'pageBreak' },
    ...strategyBlocks(plan.goals, names, words),
    { kind: 'pageBreak' },
    ...budgetBlocks(options.document, names, words),
    ...decisionRightsBlocks(options.document, names, words),
    ...communicationBlocks(plan, words),
  ];
}

function coverBlock(document: PlanDocument, organizationName: string, words: PrintoutWords): PrintBlock {
  const { plan } = document;
  const lines: string[] = [];
  if (plan.period) lines.push(`${plan.period.start.label} ${words.to} ${plan.period.end.label}`);
  if (plan.adopted && plan.status === 'adopted') {
    const details = [plan.adopted.resolution && `${words.resolution} ${plan.adopted.resolution}`, plan.adopted.vote && `${words.vote} ${plan.adopted.vote}`].filter(Boolean).join(', ');
    lines.push(words.adopted(plan.adopted.body ?? null, formatDate(plan.adopted.date, words), details));
  } else if (plan.status) {
    lines.push(words.planStatus[plan.status] ?? formatWord(plan.status));
  }
  return { kind: 'cover', organizationName, initials: initialsOf(organizationName), title: plan.title, lines };
}

/** Mission, vision, values and every goal with its measures' baseline and final target: one page to pin up. */
function planOnAPage(document: PlanDocument, names: LevelNames, words: PrintoutWords): PrintBlock[] {
  const { plan } = document;
  const blocks: PrintBlock[] = [heading(1, words.planOnAPage)];
  const statements = [
    { label: words.mission, value: plan.mission ?? '' },
    { label: words.vision, value: plan.vision ?? '' },
  ].filter((s) => s.value !== '');
  if (statements.length) blocks.push({ kind: 'facts', items: statements });
  if (plan.values?.length) blocks.push(heading(2, words.values), { kind: 'list', items: plan.values.map((v) => ({ label: v.name, text: v.description ?? '' })) });
  if (plan.portrait_of_graduate?.length) {
    blocks.push(heading(2, words.portrait), { kind: 'list', items: plan.portrait_of_graduate.map((v) => ({ label: v.name, text: v.description ?? '' })) });
  }
  if (plan.theory_of_action) blocks.push(heading(2, words.theoryOfAction), paragraph(plan.theory_of_action));
  blocks.push(heading(2, names.goals));
  if (plan.goals.length === 0) return [...blocks, paragraph(words.noneYet(names.goals), 'muted')];
  blocks.push({
    kind: 'table',
    caption: words.goalsTableCaption(names.goals, names.measures, names.strategies),
    headers: [names.goal, words.baselineToTarget(names.measures), names.strategies],
    rows: plan.goals.map((goal) => [
      [goalHeading(goal, names, words)],
      goal.measures?.length
        ? goal.measures.map((m) => `${m.name}: ${m.baseline ? formatMeasureValue(m.baseline, m, words) : NO_VALUE} → ${formatMeasureValue(finalTarget(m), m, words)}`)
        : [NO_VALUE],
      goal.strategies?.length ? goal.strategies.map((s) => s.title) : [NO_VALUE],
    ]),
    widths: [3, 5, 4],
  });
  return blocks;
}
