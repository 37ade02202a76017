/**
 * k-means on 2-D points with a weight per point: for the base clusters (steps 5, every weight 1) and
 * for the opinion groups over the base clusters' centres (step 6, weights = members). Our own few
 * lines: the points are 2-D, and a library would bring its own randomness. Polis seeds with the
 * first k distinct points and warm-starts from its previous run; we have no previous run, so we
 * seed with k-means++ from a seeded generator over points in a canonical order, which gives the
 * same clusters on every run and spreads the seeds over the map.
 */
export interface Clustering {
  /** x and y of each centre, interleaved. */
  centres: Float64Array;
  /** For each point, the index of its centre. */
  assignment: Int32Array;
  /** The total weight of each cluster. */
  weights: Float64Array;
  /** Sum over points of weight x squared distance to its centre: lower is tighter. */
  inertia: number;
}

export function weightedKMeans(options: {
  /** x and y interleaved. */
  points: Float64Array;
  /** One per point; every point weighs 1 when absent. */
  weights?: Float64Array;
  k: number;
  random: () => number;
  /** Stop once no centre moves farther than this (Polis: 0.01 for the base clusters); 0 runs until nothing changes. */
  tolerance?: number;
  maxIterations?: number;
}): Clustering {
  const { points, k, random, tolerance = 0, maxIterations = 100 } = options;
  const count = points.length / 2;
  const weights = options.weights ?? new Float64Array(count).fill(1);
  let centres = seedCentres(points, weights, k, random);
  const assignment = new Int32Array(count).fill(-1);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const changed = assignToNearest(points, centres, assignment);
    const next = centresOf(points, weights, assignment, centres.length / 2);
    const moved = largestMove(centres, next.centres, next.kept);
    centres = next.centres;
    for (let p = 0; p < count; p++) assignment[p] = next.renumber[assignment[p]!]!;
    if (!changed || moved <= tolerance) break;
  }
  const clusterWeights = new Float64Array(centres.length / 2);
  let inertia = 0;
  for (let p = 0; p < count; p++) {
    const c = assignment[p]!;
    clusterWeights[c]! += weights[p]!;
    inertia += weights[p]! * squaredDistance(points, p, centres, c);
  }
  return { centres, assignment, weights: clusterWeights, inertia };
}

/**
 * k-means++: the first seed drawn in proportion to weight, each next one in proportion to weight x
 * squared distance to the nearest seed so far. Stops early when every point sits on a seed (fewer
 * distinct points than k).
 */
function seedCentres(points: Float64Array, weights: Float64Array, k: number, random: () => number): Float64Array {
  const count = points.length / 2;
  const chosen: number[] = [];
  const nearest = new Float64Array(count).fill(Infinity);
  while (chosen.length < Math.min(k, count)) {
    let total = 0;
    for (let p = 0; p < count; p++) total += weights[p]! * (chosen.length === 0 ? 1 : nearest[p]!);
    if (!(total > 0)) break;
    let target = random() * total;
    let pick = -1;
    for (let p = 0; p < count; p++) {
      const share = weights[p]! * (chosen.length === 0 ? 1 : nearest[p]!);
      if (share <= 0) continue;
      pick = p;
      target -= share;
      if (target < 0) break;
    }
    chosen.push(pick);
    for (let p = 0; p < count; p++) {
      const dx = points[2 * p]! - points[2 * pick]!;
      const dy = points[2 * p + 1]! - points[2 * pick + 1]!;
      nearest[p] = Math.min(nearest[p]!, dx * dx + dy * dy);
    }
  }
  return Float64Array.from(chosen.flatMap((p) => [points[2 * p]!, points[2 * p + 1]!]));
}

/** Moves each point to its nearest centre (ties to the lower index); says whether any point moved. */
export function assignToNearest(points: Float64Array, centres: Float64Array, assignment: Int32Array): boolean {
  let changed = false;
  const centreCount = centres.length / 2;
  for (let p = 0; p < assignment.length; p++) {
    let best = 0;
    let bestDistance = Infinity;
    for (let c = 0; c < centreCount; c++) {
      const distance = squaredDistance(points, p, centres, c);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = c;
      }
    }
    if (assignment[p] !== best) {
      assignment[p] = best;
      changed = true;
    }
  }
  return changed;
}

/** The weighted mean of each cluster; a cluster left empty is dropped, as Polis drops it. */
function centresOf(points: Float64Array, weights: Float64Array, assignment: Int32Array, centreCount: number) {
  const sums = new Float64Array(centreCount * 3);
  for (let p = 0; p < assignment.length; p++) {
    const c = assignment[p]!;
    sums[3 * c]! += weights[p]! * points[2 * p]!;
    sums[3 * c + 1]! += weights[p]! * points[2 * p + 1]!;
    sums[3 * c + 2]! += weights[p]!;
  }
  const kept: number[] = [];
  const renumber = new Int32Array(centreCount).fill(-1);
  for (let c = 0; c < centreCount; c++) if (sums[3 * c + 2]! > 0) renumber[c] = kept.push(c) - 1;
  const centres = new Float64Array(kept.length * 2);
  kept.forEach((c, i) => {
    centres[2 * i] = sums[3 * c]! / sums[3 * c + 2]!;
    centres[2 * i + 1] = sums[3 * c + 1]! / sums[3 * c + 2]!;
  });
  return { centres, kept, renumber };
}

function largestMove(before: Float64Array, after: Float64Array, kept: readonly number[]): number {
  let largest = 0;
  kept.forEach((c, i) => {
    largest = Math.max(largest, Math.sqrt(squaredDistance(before, c, after, i)));
  });
  return largest;
}

function squaredDistance(a: Float64Array, i: number, b: Float64Array, j: number): number {
  const dx = a[2 * i]! - b[2 * j]!;
  const dy = a[2 * i + 1]! - b[2 * j + 1]!;
  return dx * dx + dy * dy;
}
