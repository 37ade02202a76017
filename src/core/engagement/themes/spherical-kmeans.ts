import type { SparseVector } from './vectorize.js';

/**
 * Spherical k-means over unit TF-IDF vectors: similarity is the cosine (a dot product, since every
 * vector has length 1), a centre is the normalised sum of its members. Our own ~100 lines instead
 * of a library: the inputs are a few thousand short texts, and we need the result to be the same on
 * every machine, which a fixed seed and a fixed order of operations give.
 */

export function dot(vector: SparseVector, centre: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < vector.terms.length; i++) sum += vector.weights[i]! * centre[vector.terms[i]!]!;
  return sum;
}

/** The unit-length centre of some vectors (all zeros when they have no terms). */
export function centreOf(vectors: readonly SparseVector[], members: readonly number[], dimensions: number): Float64Array {
  const centre = new Float64Array(dimensions);
  for (const member of members) {
    const vector = vectors[member]!;
    for (let i = 0; i < vector.terms.length; i++) centre[vector.terms[i]!]! += vector.weights[i]!;
  }
  let norm = 0;
  for (let d = 0; d < dimensions; d++) norm += centre[d]! * centre[d]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < dimensions; d++) centre[d]! /= norm;
  return centre;
}

export interface Clustering {
  /** For each member, in the order given, the index of its cluster. */
  assignment: Int32Array;
  centres: Float64Array[];
  /** The sum of each member's cosine to its centre: higher is tighter. */
  cohesion: number;
}

/**
 * k-means++ seeding (each next seed drawn with probability proportional to its squared distance,
 * 1 - cosine, to the nearest seed so far) then Lloyd iterations until nothing moves. A cluster
 * that empties takes the member farthest from its centre, so k clusters come back when k distinct
 * vectors exist.
 */
export function sphericalKMeans(options: {
  vectors: readonly SparseVector[];
  members: readonly number[];
  k: number;
  dimensions: number;
  random: () => number;
  maxIterations?: number;
  initialCentres?: Float64Array[];
}): Clustering {
  const { vectors, members, k, dimensions, random, maxIterations = 40 } = options;
  let centres = options.initialCentres ?? seedCentres(vectors, members, k, dimensions, random);
  const assignment = new Int32Array(members.length).fill(-1);
  const similarity = new Float64Array(members.length);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let moved = 0;
    for (let m = 0; m < members.length; m++) {
      const [best, bestSimilarity] = nearestCentre(vectors[members[m]!]!, centres);
      similarity[m] = bestSimilarity;
      if (assignment[m] !== best) {
        assignment[m] = best;
        moved += 1;
      }
    }
    refillEmptyClusters(assignment, similarity, centres.length);
    const groups = groupMembers(assignment, members, centres.length);
    centres = groups.map((group) => centreOf(vectors, group, dimensions));
    if (moved === 0) break;
  }
  let cohesion = 0;
  for (let m = 0; m < members.length; m++) cohesion += dot(vectors[members[m]!]!, centres[assignment[m]!]!);
  return { assignment, centres, cohesion };
}

/** The nearest centre and the cosine to it; ties go to the lower index. */
export function nearestCentre(vector: SparseVector, centres: readonly Float64Array[]): [number, number] {
  let best = 0;
  let bestSimilarity = -Infinity;
  for (let c = 0; c < centres.length; c++) {
    const s = dot(vector, centres[c]!);
    if (s > bestSimilarity) {
      best = c;
      bestSimilarity = s;
    }
  }
  return [best, bestSimilarity];
}

export function groupMembers(assignment: Int32Array, members: readonly number[], k: number): number[][] {
  const groups: number[][] = Array.from({ length: k }, () => []);
  for (let m = 0; m < members.length; m++) groups[assignment[m]!]!.push(members[m]!);
  return groups;
}

function seedCentres(vectors: readonly SparseVector[], members: readonly number[], k: number, dimensions: number, random: () => number): Float64Array[] {
  const first = members[Math.floor(random() * members.length)]!;
  const centres = [centreOf(vectors, [first], dimensions)];
  const distance = members.map((member) => squaredDistance(vectors[member]!, centres[0]!));
  while (centres.length < k) {
    const total = distance.reduce((sum, d) => sum + d, 0);
    if (total <= 1e-12) break; // every remaining vector coincides with a seed
    let target = random() * total;
    let chosen = distance.length - 1;
    for (let m = 0; m < distance.length; m++) {
      target -= distance[m]!;
      if (target <= 0 && distance[m]! > 0) {
        chosen = m;
        break;
      }
    }
    const centre = centreOf(vectors, [members[chosen]!], dimensions);
    centres.push(centre);
    for (let m = 0; m < members.length; m++) distance[m] = Math.min(distance[m]!, squaredDistance(vectors[members[m]!]!, centre));
  }
  return centres;
}

function squaredDistance(vector: SparseVector, centre: Float64Array): number {
  const d = Math.max(0, 1 - dot(vector, centre));
  return d * d;
}

/** An empty cluster takes the member least like its own centre (from a cluster that can spare it). */
function refillEmptyClusters(assignment: Int32Array, similarity: Float64Array, k: number): void {
  const sizes = new Int32Array(k);
  for (const cluster of assignment) sizes[cluster]! += 1;
  for (let c = 0; c < k; c++) {
    if (sizes[c]! > 0) continue;
    let worst = -1;
    for (let m = 0; m < assignment.length; m++) {
      if (sizes[assignment[m]!]! > 1 && (worst < 0 || similarity[m]! < similarity[worst]!)) worst = m;
    }
    if (worst < 0) return;
    sizes[assignment[worst]!]! -= 1;
    assignment[worst] = c;
    sizes[c] = 1;
    similarity[worst] = 1;
  }
}
