import { heading, paragraph, type PrintBlock } from '../../plan/documents/printout-blocks.js';
import type { FocusWords } from './instructional-focus-words.js';
import type { InstructionalFocus } from './instructional-focus.js';

export interface FocusPrintoutInput {
  organizationName: string;
  cycleName: string;
  focus: InstructionalFocus;
  words: FocusWords;
}

/** A titled list, or "Not written yet." so an empty page still reads as a page of the document. */
function listOrNotYet(title: string, items: readonly string[], words: FocusWords): PrintBlock[] {
  return [heading(3, title), items.length ? { kind: 'list', items: items.map((text) => ({ text })) } : paragraph(words.notYet, 'muted')];
}

function textOrNotYet(title: string, text: string, words: FocusWords): PrintBlock[] {
  return [heading(3, title), text.trim() ? paragraph(text) : paragraph(words.notYet, 'muted')];
}

/**
 * The Instructional Focus as print blocks, one page each: a page break between pages and none
 * after the last, so Word and the PDF both come out in four pages (the field lengths keep each
 * page's content to one page).
 */
export function buildFocusPrintout(input: FocusPrintoutInput): PrintBlock[] {
  const { focus, words } = input;
  const pageHeading = (number: number, name: string): PrintBlock[] => [heading(1, name), paragraph(`${input.organizationName} · ${input.cycleName} · ${words.title} · ${words.pageOf(number)}`, 'muted')];
  const strategies = focus.strategies.strategies;
  return [
    ...pageHeading(1, words.pages.focus),
    ...textOrNotYet(words.goal, focus.focus.goal, words),
    ...textOrNotYet(words.statement, focus.focus.statement, words),
    ...textOrNotYet(words.students, focus.focus.students, words),
    ...textOrNotYet(words.rationale, focus.focus.rationale, words),
    { kind: 'pageBreak' },
    ...pageHeading(2, words.pages.evidence),
    ...listOrNotYet(words.dataFindings, focus.evidence.dataFindings, words),
    ...listOrNotYet(words.whatWorks, focus.evidence.whatWorks, words),
    ...listOrNotYet(words.vitalSigns, focus.evidence.vitalSigns, words),
    { kind: 'pageBreak' },
    ...pageHeading(3, words.pages.strategies),
    ...(strategies.length
      ? strategies.flatMap((strategy): PrintBlock[] => [
          heading(3, strategy.name),
          ...(strategy.description ? [paragraph(strategy.description)] : []),
          {
            kind: 'facts',
            items: [
              { label: words.essaTier, value: strategy.essaTier ?? words.noTier },
              ...(strategy.strategyKey ? [{ label: words.planStrategy, value: strategy.strategyKey }] : []),
            ],
          },
          ...(strategy.lookFors.length ? [paragraph(words.lookFors, 'muted'), { kind: 'list' as const, items: strategy.lookFors.map((text) => ({ text })) }] : []),
        ])
      : [paragraph(words.notYet, 'muted')]),
    { kind: 'pageBreak' },
    ...pageHeading(4, words.pages.commitments),
    focus.commitments.commitments.length
      ? { kind: 'table', caption: words.pages.commitments, headers: [words.who, words.commitment], rows: focus.commitments.commitments.map((entry) => [[entry.who], [entry.commitment]]), widths: [1, 3] }
      : paragraph(words.notYet, 'muted'),
    ...listOrNotYet(words.support, focus.commitments.support, words),
    ...listOrNotYet(words.checkpoints, focus.commitments.checkpoints, words),
  ];
}
