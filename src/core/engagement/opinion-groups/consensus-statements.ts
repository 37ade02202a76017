import type { GroupVoteCounts } from './group-vote-counts.js';
import type { ConsensusStatement } from './opinion-groups-types.js';
import { proportionTest, smoothedShare, Z_90 } from './proportion-tests.js';

export const CONSENSUS_PER_DIRECTION = 5;

const byStatement = (a: { statement: string }, b: { statement: string }) => (a.statement < b.statement ? -1 : a.statement > b.statement ? 1 : 0);

/**
 * What the whole room agrees with, and what it rejects (step 8), over every participant (clustered
 * or not): a statement whose smoothed share is over one half and clearly so (one-sided z at 90%),
 * ranked by share x z, at most five each way.
 *
 * @param counts one "group" holding everyone (groupCount 1)
 */
export function consensusStatements(counts: GroupVoteCounts, statements: readonly string[], isModeratedOut: Uint8Array): { agree: ConsensusStatement[]; disagree: ConsensusStatement[] } {
  const pick = (tally: Int32Array) => {
    const found: Array<ConsensusStatement & { rank: number }> = [];
    for (let c = 0; c < statements.length; c++) {
      if (isModeratedOut[c]) continue;
      const count = tally[c]!;
      const seen = counts.seen[c]!;
      const probability = smoothedShare(count, seen);
      const probabilityTest = proportionTest(count, seen);
      if (probability > 0.5 && probabilityTest > Z_90) found.push({ statement: statements[c]!, count, seen, probability, probabilityTest, rank: probability * probabilityTest });
    }
    found.sort((a, b) => b.rank - a.rank || byStatement(a, b));
    return found.slice(0, CONSENSUS_PER_DIRECTION).map(({ rank: _rank, ...entry }) => entry);
  };
  return { agree: pick(counts.agree), disagree: pick(counts.disagree) };
}

/**
 * Group-aware consensus (step 9): for each statement, the product over groups of each group's
 * smoothed agree share (A + 1) / (S + 2). A statement scores high only when every group tends to
 * agree with it, so a big group cannot carry it alone: these are the statements that bridge.
 *
 * The score ranks every statement, so the best of a divided conversation still comes first; what
 * Waymark calls common ground (the team's screen, the public results, citations and the summary
 * all read this one flag) is a statement every one of at least two groups is more likely to agree
 * with than not: each group's smoothed share above one half.
 *
 * @returns every statement not moderated out, highest score first (ties by id)
 */
export function bridgingStatements(counts: GroupVoteCounts, statements: readonly string[], isModeratedOut: Uint8Array): Array<{ statement: string; score: number; isCommonGround: boolean }> {
  const { groupCount, statementCount } = counts;
  const result: Array<{ statement: string; score: number; isCommonGround: boolean }> = [];
  for (let c = 0; c < statementCount; c++) {
    if (isModeratedOut[c]) continue;
    let score = 1;
    let isCommonGround = groupCount >= 2;
    for (let g = 0; g < groupCount; g++) {
      const share = smoothedShare(counts.agree[g * statementCount + c]!, counts.seen[g * statementCount + c]!);
      score *= share;
      if (share <= 0.5) isCommonGround = false;
    }
    result.push({ statement: statements[c]!, score: groupCount > 0 ? score : 0, isCommonGround });
  }
  return result.sort((a, b) => b.score - a.score || byStatement(a, b));
}
