import { heading, paragraph, type PrintBlock } from '../../plan/documents/printout-blocks.js';
import { hasRootCauses, type RootCauses } from '../retreat/root-causes.js';
import type { DocumentPriority, RetreatDocumentInput } from './retreat-document.js';
import { citationText, sectionsByArea } from './retreat-document-parts.js';
import type { RetreatDocumentWords } from './retreat-document-words.js';

type Level = 1 | 2 | 3 | 4;

const written = (text: string, words: RetreatDocumentWords): PrintBlock => (text.trim() ? paragraph(text) : paragraph(words.notYet, 'muted'));

/** Five whys as a numbered chain; a fishbone as a table of its categories and their causes. */
export function rootCauseBlocks(rootCauses: RootCauses, words: RetreatDocumentWords): PrintBlock[] {
  if (!hasRootCauses(rootCauses)) return [paragraph(words.notYet, 'muted')];
  if (rootCauses.method === 'five_whys') {
    return [paragraph(words.fiveWhys, 'muted'), { kind: 'list', items: rootCauses.causes.map((cause, index) => ({ label: words.why(index + 1), text: cause })) }];
  }
  const categories = rootCauses.causes.filter((category) => category.causes.length > 0);
  // The method is the table's caption, so it never ends a page apart from its table.
  return [{ kind: 'table', caption: words.fishbone, headers: [words.category, words.causes], rows: categories.map((category) => [[category.category], category.causes]), widths: [1, 3] }];
}

/** One priority's gap analysis: where we are (and its evidence), where we want to be (and its goal), the gap, root causes, the case for change. */
function priorityBlocks(priority: DocumentPriority, number: number, level: 2 | 3, words: RetreatDocumentWords): PrintBlock[] {
  const sub = (level + 1) as Level;
  const evidence: PrintBlock[] = priority.currentEvidence.length ? [{ kind: 'list', items: priority.currentEvidence.map((citation) => ({ label: words.evidence, text: citationText(citation, words) })) }] : [];
  return [
    heading(level, `${number}. ${priority.title}`),
    heading(sub, words.whereWeAre),
    written(priority.currentState, words),
    ...evidence,
    heading(sub, words.whereWeWantToBe),
    written(priority.futureState, words),
    { kind: 'facts', items: [{ label: words.planGoal, value: priority.goalTitle ?? words.noGoalYet }] },
    heading(sub, words.gap),
    written(priority.gap, words),
    heading(sub, words.rootCauses),
    ...rootCauseBlocks(priority.rootCauses, words),
    heading(sub, words.caseForChange),
    written(priority.caseForChange, words),
  ];
}

/**
 * The priorities in the team's order, then each one's gap analysis, under Performance Fact's
 * areas when the retreat uses that frame (numbers keep the team's order across areas).
 */
export function priorityListBlocks(input: RetreatDocumentInput, words: RetreatDocumentWords): PrintBlock[] {
  const blocks: PrintBlock[] = [heading(1, words.priorities)];
  if (!input.priorities.length) return [...blocks, paragraph(words.noPriorities, 'muted')];
  blocks.push(paragraph(words.prioritiesIntro, 'muted'), { kind: 'list', items: input.priorities.map((priority, index) => ({ label: `${index + 1}. ${priority.title}`, text: words.dotsCount(priority.dots) })) });
  const numbered = input.priorities.map((priority, index) => ({ ...priority, number: index + 1 }));
  for (const section of sectionsByArea(numbered, input, words)) {
    if (section.title) blocks.push(heading(2, section.title));
    for (const priority of section.items) blocks.push(...priorityBlocks(priority, priority.number, section.title ? 3 : 2, words));
  }
  return blocks;
}
