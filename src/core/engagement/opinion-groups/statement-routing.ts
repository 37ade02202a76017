/**
 * Which statement to show a participant next (step 10). A server keeps per-statement counts and
 * the extremities of the last computation, and calls these on each request; nothing here needs
 * the votes themselves.
 */

export interface StatementTally {
  statement: string;
  agree: number;
  pass: number;
  seen: number;
  /** The statement's distance from the origin on the map (StatementPlace.extremity); 0 before any map exists. */
  extremity: number;
}

/**
 * Polis's priority: importance = (1 - p) (E + 1) a with pass share p = (P + 1) / (S + 2) and agree
 * share a = (A + 1) / (S + 2), times 1 + 8 x 2^(-S / 5), squared. Statements people pass on sink;
 * divisive ones (far out on the map) rise; a new statement starts about 81 times as likely as a
 * well-seen one of the same importance, so it gathers its first votes quickly.
 */
export function statementPriority(tally: Omit<StatementTally, 'statement'>): number {
  const { agree, pass, seen, extremity } = tally;
  const passShare = (pass + 1) / (seen + 2);
  const agreeShare = (agree + 1) / (seen + 2);
  const importance = (1 - passShare) * (extremity + 1) * agreeShare;
  const novelty = 1 + 8 * Math.pow(2, -seen / 5);
  return (importance * novelty) ** 2;
}

/**
 * Picks one statement with probability proportional to its priority, from those the participant
 * has not voted on. `draw` is a uniform number in [0, 1) supplied by the caller (so a test, or a
 * replay, can fix it); candidates are taken in id order so the same draw picks the same statement.
 *
 * @returns the statement id, or null when nothing is left to show
 */
export function pickNextStatement(options: { candidates: readonly StatementTally[]; alreadyVoted?: ReadonlySet<string>; draw: number }): string | null {
  const { alreadyVoted = new Set<string>(), draw } = options;
  const open = options.candidates.filter((c) => !alreadyVoted.has(c.statement)).sort((a, b) => (a.statement < b.statement ? -1 : a.statement > b.statement ? 1 : 0));
  if (open.length === 0) return null;
  const priorities = open.map(statementPriority);
  const total = priorities.reduce((sum, p) => sum + p, 0);
  let target = Math.min(Math.max(draw, 0), 1) * total;
  for (let i = 0; i < open.length; i++) {
    target -= priorities[i]!;
    if (target < 0) return open[i]!.statement;
  }
  return open[open.length - 1]!.statement;
}

/**
 * For rate mode (every statement rated, no map): the statements the participant has not seen, the
 * least-seen first, so every statement gathers ratings at the same pace. Ties are ordered by a hash
 * of the participant's key and the statement, so two people do not walk the same list in step.
 */
export function leastSeenFirst(options: { statements: ReadonlyArray<{ statement: string; seen: number }>; alreadyVoted?: ReadonlySet<string>; participantKey: string }): string[] {
  const { alreadyVoted = new Set<string>(), participantKey } = options;
  return options.statements
    .filter((s) => !alreadyVoted.has(s.statement))
    .map((s) => ({ ...s, tie: fnv1a(`${participantKey}\u0000${s.statement}`) }))
    .sort((a, b) => a.seen - b.seen || a.tie - b.tie || (a.statement < b.statement ? -1 : a.statement > b.statement ? 1 : 0))
    .map((s) => s.statement);
}

/** 32-bit FNV-1a over UTF-16 code units: a cheap, stable shuffle key, not a secret. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
