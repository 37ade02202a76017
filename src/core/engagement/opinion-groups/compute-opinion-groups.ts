import { seededRandom } from '../themes/seeded-random.js';
import { chooseGroups } from './choose-groups.js';
import { bridgingStatements, consensusStatements } from './consensus-statements.js';
import { countGroupVotes } from './group-vote-counts.js';
import type { BaseCluster, OpinionGroup, OpinionGroups, OpinionGroupsInput, ParticipantPlace, Point, StatementPlace } from './opinion-groups-types.js';
import { centredVotes, columnMeans, principalComponents } from './principal-components.js';
import { projectParticipants, projectStatements } from './project-participants.js';
import { representativeStatements } from './representative-statements.js';
import { buildVoteMatrix, type VoteMatrix } from './vote-matrix.js';
import { weightedKMeans } from './weighted-kmeans.js';
import { whoIsClustered } from './who-is-clustered.js';

/** Polis's base k: fine enough to keep the map's shape, coarse enough for silhouettes to be cheap. */
export const BASE_CLUSTERS = 100;
/** Polis stops the base k-means once no centre moves by this much. */
const BASE_SETTLED = 0.01;
const BASE_SEED = 0xba5e;
const GROUP_SEED = 0x6a0f;

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Opinion groups of a vote-mode conversation by the published Polis method (steps 1 to 9 of
 * ../shared/reference/polis-math.md, next to the repository): the map (PCA of the votes,
 * sparsity-aware projection), base clusters, groups chosen by silhouette, each group's
 * representative statements, consensus, and group-aware consensus.
 *
 * Pure and deterministic: the same votes give the same result in any order, on any machine
 * (fixed seeds over a canonical layout, and only + - x / and square roots on the way to the
 * groups, which IEEE 754 rounds the same everywhere).
 */
export function computeOpinionGroups(input: OpinionGroupsInput): OpinionGroups {
  const matrix = buildVoteMatrix(input.votes, input.moderatedOut);
  const rowCount = matrix.participants.length;
  const statementCount = matrix.statements.length;

  const means = columnMeans(matrix);
  const centred = centredVotes(matrix, means);
  const components = principalComponents({ rowStart: matrix.rowStart, columns: matrix.columns, centred, columnCount: statementCount });
  const points = projectParticipants(matrix, centred, components);

  const voteCounts = new Int32Array(rowCount);
  for (let r = 0; r < rowCount; r++) voteCounts[r] = matrix.rowStart[r + 1]! - matrix.rowStart[r]!;
  const clustered = whoIsClustered(voteCounts, statementCount);
  const clusteredPoints = new Float64Array(clustered.length * 2);
  clustered.forEach((r, i) => {
    clusteredPoints[2 * i] = points[2 * r]!;
    clusteredPoints[2 * i + 1] = points[2 * r + 1]!;
  });

  const base = weightedKMeans({ points: clusteredPoints, k: BASE_CLUSTERS, random: seededRandom(BASE_SEED), tolerance: BASE_SETTLED });
  const choice = chooseGroups(base.centres, base.weights, seededRandom(GROUP_SEED));
  const groupOfBase = numberGroupsBySize(choice.assignment, choice.groupCount, base.centres, base.weights);

  const groupOfRow = new Int32Array(rowCount).fill(-1);
  clustered.forEach((r, i) => (groupOfRow[r] = groupOfBase[base.assignment[i]!]!));
  const groupCounts = countGroupVotes(matrix, groupOfRow, choice.groupCount);
  const everyone = countGroupVotes(matrix, new Int32Array(rowCount), 1);
  const representative = representativeStatements(groupCounts, matrix.statements, matrix.isModeratedOut);

  const baseClusters: BaseCluster[] = Array.from(base.weights, (size, b) => ({ centre: [base.centres[2 * b]!, base.centres[2 * b + 1]!], size, group: groupOfBase[b]! }));
  const participants: ParticipantPlace[] = matrix.participants
    .map((participant, r) => ({ participant, x: points[2 * r]!, y: points[2 * r + 1]!, votes: voteCounts[r]!, group: groupOfRow[r]! < 0 ? null : groupOfRow[r]! }))
    .sort((a, b) => byId(a.participant, b.participant));
  const groups: OpinionGroup[] = Array.from({ length: choice.groupCount }, (_, g) => ({
    id: g,
    participants: participants.filter((p) => p.group === g).map((p) => p.participant),
    centre: centreOfGroup(baseClusters, g),
    representative: representative[g]!,
  }));

  return {
    participants,
    groups,
    statements: statementPlaces(matrix, everyone, means, components),
    consensus: consensusStatements(everyone, matrix.statements, matrix.isModeratedOut),
    bridging: bridgingStatements(groupCounts, matrix.statements, matrix.isModeratedOut),
    baseClusters,
    silhouettes: choice.silhouettes,
  };
}

/**
 * Group numbers that do not depend on how k-means happened to label them: the largest group is 0,
 * then by size, then by the centre's x and y.
 */
function numberGroupsBySize(assignment: Int32Array, groupCount: number, centres: Float64Array, weights: Float64Array): Int32Array {
  const size = new Float64Array(groupCount);
  const x = new Float64Array(groupCount);
  const y = new Float64Array(groupCount);
  assignment.forEach((g, b) => {
    size[g]! += weights[b]!;
    x[g]! += weights[b]! * centres[2 * b]!;
    y[g]! += weights[b]! * centres[2 * b + 1]!;
  });
  const order = Array.from({ length: groupCount }, (_, g) => g).sort((a, b) => size[b]! - size[a]! || x[a]! / size[a]! - x[b]! / size[b]! || y[a]! / size[a]! - y[b]! / size[b]!);
  const renumber = new Int32Array(groupCount);
  order.forEach((g, i) => (renumber[g] = i));
  return assignment.map((g) => renumber[g]!);
}

function centreOfGroup(baseClusters: readonly BaseCluster[], group: number): Point {
  let x = 0;
  let y = 0;
  let size = 0;
  for (const cluster of baseClusters) {
    if (cluster.group !== group) continue;
    x += cluster.size * cluster.centre[0];
    y += cluster.size * cluster.centre[1];
    size += cluster.size;
  }
  return size > 0 ? [x / size, y / size] : [0, 0];
}

function statementPlaces(matrix: VoteMatrix, everyone: ReturnType<typeof countGroupVotes>, means: Float64Array, components: readonly Float64Array[]): StatementPlace[] {
  const places = projectStatements(matrix.statements.length, means, components);
  return matrix.statements.map((statement, c) => {
    const x = places[2 * c]!;
    const y = places[2 * c + 1]!;
    const agree = everyone.agree[c]!;
    const disagree = everyone.disagree[c]!;
    const seen = everyone.seen[c]!;
    return { statement, x, y, extremity: Math.sqrt(x * x + y * y), agree, disagree, pass: seen - agree - disagree, seen, isModeratedOut: matrix.isModeratedOut[c] === 1 };
  });
}
