import type { GroupVoteCounts } from './group-vote-counts.js';
import type { RepresentativeStatement } from './opinion-groups-types.js';
import { proportionTest, smoothedShare, twoProportionTest, Z_90 } from './proportion-tests.js';

/** Polis shows five statements per group: enough to characterise it, few enough to read. */
export const REPRESENTATIVE_PER_GROUP = 5;

export interface DirectionStats {
  probability: number;
  probabilityTest: number;
  representativeness: number;
  representativenessTest: number;
}

/**
 * The statistics of step 7 for one direction (agree or disagree) of one statement in one group:
 * `count` of the group's `seen` voted that way, against `countOut` of `seenOut` among all other
 * clustered participants.
 */
export function directionStats(count: number, seen: number, countOut: number, seenOut: number): DirectionStats {
  const probability = smoothedShare(count, seen);
  return {
    probability,
    probabilityTest: proportionTest(count, seen),
    representativeness: probability / smoothedShare(countOut, seenOut),
    representativenessTest: twoProportionTest(count, countOut, seen, seenOut),
  };
}

/** ra x rat x pa x pat: high when the group clearly leans one way and clearly more than the rest. */
export function representativeScore(stats: DirectionStats): number {
  return stats.representativeness * stats.representativenessTest * stats.probability * stats.probabilityTest;
}

/** Both one-sided tests at 90%: the group leans this way, and more than everyone else does. */
export function isRepresentative(stats: DirectionStats): boolean {
  return stats.representativenessTest > Z_90 && stats.probabilityTest > Z_90;
}

/**
 * Each group's representative statements (step 7): those passing both tests in one direction
 * (the stronger test when both do), ranked by score, at most five. As in Polis, the group's best
 * agreed statement is always among them when one passes, and agreements come before
 * disagreements, since what a group stands for reads better than what it rejects. When nothing
 * passes, the single statement with the strongest test is shown, marked not significant, so no
 * group is left without a description.
 *
 * @returns one list per group, in group order.
 */
export function representativeStatements(counts: GroupVoteCounts, statements: readonly string[], isModeratedOut: Uint8Array): RepresentativeStatement[][] {
  const { groupCount, statementCount } = counts;
  const totals = totalsOverGroups(counts);
  const result: RepresentativeStatement[][] = [];
  for (let g = 0; g < groupCount; g++) {
    const passing: RepresentativeStatement[] = [];
    let fallback: RepresentativeStatement | null = null;
    for (let c = 0; c < statementCount; c++) {
      if (isModeratedOut[c]) continue;
      const at = g * statementCount + c;
      const seen = counts.seen[at]!;
      const seenOut = totals.seen[c]! - seen;
      const agreeCount = counts.agree[at]!;
      const disagreeCount = counts.disagree[at]!;
      const agree = directionStats(agreeCount, seen, totals.agree[c]! - agreeCount, seenOut);
      const disagree = directionStats(disagreeCount, seen, totals.disagree[c]! - disagreeCount, seenOut);
      const agreePasses = isRepresentative(agree);
      const disagreePasses = isRepresentative(disagree);
      // The direction that passes; when both or neither do, the one set further apart from the rest.
      const isAgree = agreePasses !== disagreePasses ? agreePasses : agree.representativenessTest >= disagree.representativenessTest;
      const stats = isAgree ? agree : disagree;
      const entry: RepresentativeStatement = {
        statement: statements[c]!,
        direction: isAgree ? 'agree' : 'disagree',
        count: isAgree ? agreeCount : disagreeCount,
        seen,
        ...stats,
        score: representativeScore(stats),
        isSignificant: agreePasses || disagreePasses,
      };
      if (entry.isSignificant) passing.push(entry);
      else if (seen > 0 && (fallback === null || stats.representativenessTest > fallback.representativenessTest)) fallback = entry;
    }
    result.push(passing.length > 0 ? selectTop(passing) : fallback ? [fallback] : []);
  }
  return result;
}

/** The top five by score, the best agreement kept in, agreements first; ties by statement id. */
function selectTop(passing: RepresentativeStatement[]): RepresentativeStatement[] {
  passing.sort((a, b) => b.score - a.score || (a.statement < b.statement ? -1 : 1));
  const bestAgree = passing.find((entry) => entry.direction === 'agree');
  let top = passing.slice(0, REPRESENTATIVE_PER_GROUP);
  if (bestAgree && !top.includes(bestAgree)) top = [bestAgree, ...top.slice(0, REPRESENTATIVE_PER_GROUP - 1)];
  return [...top.filter((entry) => entry.direction === 'agree'), ...top.filter((entry) => entry.direction === 'disagree')];
}

function totalsOverGroups(counts: GroupVoteCounts) {
  const { groupCount, statementCount } = counts;
  const agree = new Int32Array(statementCount);
  const disagree = new Int32Array(statementCount);
  const seen = new Int32Array(statementCount);
  for (let g = 0; g < groupCount; g++) {
    for (let c = 0; c < statementCount; c++) {
      agree[c]! += counts.agree[g * statementCount + c]!;
      disagree[c]! += counts.disagree[g * statementCount + c]!;
      seen[c]! += counts.seen[g * statementCount + c]!;
    }
  }
  return { agree, disagree, seen };
}
