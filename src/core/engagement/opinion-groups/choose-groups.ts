import { silhouette } from './silhouette.js';
import { weightedKMeans, type Clustering } from './weighted-kmeans.js';

/** Polis shows at most five groups: beyond that a district reads noise, not camps. */
export const MAX_GROUPS = 5;
/**
 * k-means from one seeding can settle in a poor local optimum; over at most 100 base centres a
 * few more tries cost microseconds, and the tightest one (least weighted inertia) is kept.
 */
const TRIES = 10;
/**
 * How much better a larger k's silhouette must be to win. Polis keeps its current k until another
 * wins four runs in a row, which settles near-ties towards the groups it already shows; a
 * stateless run has no history, and on ~100 base centres the silhouette moves by about this much
 * from one seeding of the base clusters to the next. So a near-tie goes to fewer groups, which a
 * district also reads more surely. (On the Polis conversations it keeps brexit-consensus at the
 * two groups Polis found, where k = 3 otherwise won by 0.003 on some seedings.)
 */
export const SILHOUETTE_MARGIN = 0.02;

/** min(5, 2 + floor(base clusters / 12)): few base clusters cannot support many groups. */
export function maxGroupCount(baseClusterCount: number): number {
  return Math.min(MAX_GROUPS, 2 + Math.floor(baseClusterCount / 12));
}

export interface GroupChoice {
  /** Each base cluster's group, numbered 0 .. groupCount - 1 in no particular order yet. */
  assignment: Int32Array;
  groupCount: number;
  silhouettes: Array<{ k: number; silhouette: number }>;
}

/**
 * The opinion groups (step 6): weighted k-means over the base clusters' centres (weights = their
 * members) for k = 2 .. maxGroupCount, keeping the k whose clustering has the best silhouette
 * (a larger k must beat the best smaller one by SILHOUETTE_MARGIN).
 */
export function chooseGroups(centres: Float64Array, weights: Float64Array, random: () => number): GroupChoice {
  const baseCount = weights.length;
  const silhouettes: GroupChoice['silhouettes'] = [];
  let best: { clustering: Clustering; score: number } | null = null;
  for (let k = 2; k <= Math.min(maxGroupCount(baseCount), baseCount); k++) {
    const clustering = tightestOf(centres, weights, k, random);
    const groupCount = clustering.weights.length;
    if (groupCount < k) continue; // fewer distinct centres than k: already tried as a smaller k
    const score = silhouette(centres, clustering.assignment, groupCount);
    silhouettes.push({ k, silhouette: score });
    if (best === null || score > best.score + SILHOUETTE_MARGIN) best = { clustering, score };
  }
  if (best === null) return { assignment: new Int32Array(baseCount), groupCount: baseCount > 0 ? 1 : 0, silhouettes };
  return { assignment: best.clustering.assignment, groupCount: best.clustering.weights.length, silhouettes };
}

function tightestOf(centres: Float64Array, weights: Float64Array, k: number, random: () => number): Clustering {
  let best: Clustering | null = null;
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const clustering = weightedKMeans({ points: centres, weights, k, random });
    if (best === null || clustering.inertia < best.inertia - 1e-12) best = clustering;
  }
  return best!;
}
