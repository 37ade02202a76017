import { focusPages, type FocusPage } from './focus-limits.js';
import type { InstructionalFocus } from './instructional-focus.js';

/** What the editor, the server and the documents read of a focus, without its schema (no zod in the browser). */

export function emptyInstructionalFocus(): InstructionalFocus {
  return {
    focus: { goal: '', goalKey: null, statement: '', students: '', rationale: '' },
    evidence: { dataFindings: [], whatWorks: [], vitalSigns: [] },
    strategies: { strategies: [] },
    commitments: { commitments: [], support: [], checkpoints: [] },
  };
}

/**
 * Whether a page says what it must: the focus its statement, the evidence at least one data
 * finding, the strategies at least one strategy, the commitments at least one commitment. The
 * deliverable is complete only when all four are.
 */
export function isPageDone(focus: InstructionalFocus, page: FocusPage): boolean {
  switch (page) {
    case 'focus':
      return focus.focus.statement.trim() !== '';
    case 'evidence':
      return focus.evidence.dataFindings.length > 0;
    case 'strategies':
      return focus.strategies.strategies.length > 0;
    case 'commitments':
      return focus.commitments.commitments.length > 0;
  }
}

export function pagesDone(focus: InstructionalFocus): FocusPage[] {
  return focusPages.filter((page) => isPageDone(focus, page));
}
