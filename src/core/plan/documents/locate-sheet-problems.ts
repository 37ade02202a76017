import type { PlanProblem } from '../format/validate-plan-document.js';
import { PLAN_SHEET, planFields, sheetNames, tableLayouts } from './plan-sheet-layout.js';
import { addressOf, type CellProblem, type CellRef } from './sheet-grid.js';

export interface SheetProblem {
  /** "Measures!D7", or a sheet's name when no cell can be named. */
  path: string;
  message: string;
}

/**
 * Names the workbook cell behind each problem: the cells' own problems as they are, and the
 * format's problems (JSON paths) through the map of where each field was read. A cell that
 * already has a problem of its own is not reported twice.
 */
export function locateSheetProblems(cellProblems: readonly CellProblem[], planProblems: readonly PlanProblem[], sources: ReadonlyMap<string, CellRef>): SheetProblem[] {
  const located: Array<SheetProblem & { order: number[] }> = [];
  const seen = new Set<string>();
  const add = (ref: CellRef | null, path: string, message: string) => {
    const line = `${path}\u0000${message}`;
    if (seen.has(line)) return;
    seen.add(line);
    located.push({ path, message, order: ref ? [sheetOrder(ref.sheet), ref.row, ref.column] : [sheetOrder(path), 0, 0] });
  };
  for (const { ref, message } of cellProblems) add(ref, addressOf(ref), withLabel(ref.label, message));
  const troubled = new Set(cellProblems.map((p) => addressOf(p.ref)));
  for (const problem of planProblems) {
    const found = nearestSource(problem.path, sources);
    const message = humanize(problem.message).replace(/ at (\/[^\s]*)/, (whole, pointer: string) => {
      const earlier = nearestSource(pointer, sources);
      return earlier ? ` at ${addressOf(earlier.ref)}` : whole;
    });
    if (!found) {
      // Only a row of the Plan sheet can be missing altogether (rows of the other sheets are the items).
      const row = planFields.find((field) => problem.path === `/${field.path.join('/')}` || problem.path.startsWith(`/${field.path.join('/')}/`));
      const sheet = problem.path.startsWith('/plan/goals') ? tableLayouts.goals.sheet : PLAN_SHEET;
      add(null, sheet, row ? `the "${row.header}" row ${message}` : `${problem.path} ${message}`);
      continue;
    }
    const address = addressOf(found.ref);
    if (troubled.has(address)) continue;
    add(found.ref, address, withLabel([found.ref.label, found.rest].filter(Boolean).join(' '), message));
  }
  return located
    .sort((a, b) => a.order[0]! - b.order[0]! || a.order[1]! - b.order[1]! || a.order[2]! - b.order[2]!)
    .map(({ path, message }) => ({ path, message }));
}

function nearestSource(pointer: string, sources: ReadonlyMap<string, CellRef>): { ref: CellRef; rest: string } | null {
  for (let prefix = pointer; ; prefix = prefix.slice(0, prefix.lastIndexOf('/'))) {
    const ref = sources.get(prefix);
    if (ref) return { ref, rest: pointer.slice(prefix.length) };
    if (prefix === '') return null;
  }
}

function sheetOrder(sheet: string): number {
  const index = sheetNames.indexOf(sheet);
  return index < 0 ? sheetNames.length : index;
}

/** "unit" + "must be one of ..."; a message that is already a sentence stays as it is. */
function withLabel(label: string, message: string): string {
  return label && /^(must|is|are|should|needs?|has)\b/.test(message) ? `${label} ${message}` : message;
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a JSON object',
  record: 'a JSON object',
};

/** The format's checker speaks to programmers; a person filling a sheet reads these instead. */
function humanize(message: string): string {
  const rules: Array<[RegExp, (...groups: string[]) => string]> = [
    [/^Invalid option: expected one of (.+)$/, (options) => `must be one of ${options.replace(/"/g, '').split('|').join(', ')}`],
    [/^Invalid input: expected (\w+), received \w+$/, (type) => `must be ${TYPE_WORDS[type] ?? type}`],
    [/^Invalid input: expected "(.+)"$/, (literal) => `must be "${literal}"`],
    [/^Too small: expected string to have >=1 characters$/, () => 'must not be empty'],
    [/^Too small: expected (?:number|array) to (?:be|have) >=(\S+?)(?: items)?$/, (min) => `must be at least ${min}`],
    [/^Too big: expected number to be <=(\S+)$/, (max) => `must be at most ${max}`],
    [/^Too big: expected string to have <=(\d+) characters$/, (max) => `must be at most ${max} characters long`],
  ];
  for (const [pattern, render] of rules) {
    const match = pattern.exec(message);
    if (match) return render(...match.slice(1));
  }
  return message;
}
