import { seededRandom } from './seeded-random.js';
import { centreOf, dot, groupMembers, sphericalKMeans, type Clustering } from './spherical-kmeans.js';
import type { SparseVector } from './vectorize.js';

/** The fixed seed: changing it changes every district's themes, so it never changes. */
export const SEED = 0x5eed_13;
const SPLIT_TRIALS = 4;
const MAX_THEME_SHARE = 0.4;
const SILHOUETTE_SAMPLE = 600;

/**
 * How many themes a set of answers may have at most: the square root of their number (5 for 30
 * answers, 10 for 100), at least 2 and at most 12 (more than a team reads in one sitting). The
 * silhouette picks within it. Erring towards more themes: merging two themes is one click for the
 * team, while a theme that mixes two topics must be taken apart answer by answer.
 */
export function maximumThemeCount(answerCount: number): number {
  return Math.max(2, Math.min(12, Math.round(Math.sqrt(answerCount))));
}

/**
 * Groups answers into themes: bisecting spherical k-means (split the loosest cluster in two, best
 * of a few seeded tries, until there are `maximumThemeCount` clusters); each step of the splitting
 * then gets a few k-means passes over all answers, so none stays in a cluster it was cut into
 * early; the step that best separates the answers (the silhouette, on a sample) wins among those
 * where no theme holds more than 40% of the answers. Bisecting rather than plain k-means because short comments
 * otherwise pile into one big cluster.
 * `members` are the answers with at least one term; returns one list of answer indexes per theme.
 */
export function clusterAnswers(options: { vectors: readonly SparseVector[]; members: readonly number[]; dimensions: number; maxThemes?: number }): number[][] {
  const { vectors, members, dimensions } = options;
  if (members.length === 0) return [];
  const wanted = options.maxThemes ?? maximumThemeCount(members.length);
  const maxThemes = Math.min(wanted, distinctCount(vectors, members, wanted));
  if (maxThemes <= 1) return [[...members]];
  const random = seededRandom(SEED);
  const candidates = bisect({ vectors, members, dimensions, random, k: maxThemes }).map((step) => refine(vectors, step, dimensions, random));
  // A theme holding most answers says little: prefer the steps where none holds more than 40%.
  const balanced = candidates.filter((clusters) => Math.max(...clusters.map((cluster) => cluster.length)) <= MAX_THEME_SHARE * members.length);
  const pool = balanced.length > 0 ? balanced : candidates;
  const scores = silhouettes(vectors, pool);
  let best = pool[0]!;
  let bestScore = -Infinity;
  pool.forEach((clusters, index) => {
    if (scores[index]! > bestScore + 1e-9) {
      best = clusters;
      bestScore = scores[index]!;
    }
  });
  return best.filter((group) => group.length > 0);
}

/** Each step of bisecting: the clusters after 2, 3, ... k of them. */
function bisect(options: { vectors: readonly SparseVector[]; members: readonly number[]; dimensions: number; random: () => number; k: number }): number[][][] {
  const { vectors, members, dimensions, random, k } = options;
  let clusters: { members: number[]; looseness: number; isSplittable: boolean }[] = [describe(vectors, [...members], dimensions)];
  const steps: number[][][] = [];
  while (clusters.length < k) {
    let loosest = -1;
    for (let c = 0; c < clusters.length; c++) {
      if (clusters[c]!.isSplittable && (loosest < 0 || clusters[c]!.looseness > clusters[loosest]!.looseness)) loosest = c;
    }
    if (loosest < 0) break;
    const halves = splitInTwo(vectors, clusters[loosest]!.members, dimensions, random);
    if (!halves) {
      clusters[loosest]!.isSplittable = false;
      continue;
    }
    clusters = [...clusters.slice(0, loosest), ...halves.map((half) => describe(vectors, half, dimensions)), ...clusters.slice(loosest + 1)];
    steps.push(clusters.map((cluster) => cluster.members));
  }
  return steps.length > 0 ? steps : [[[...members]]];
}

/** The best of a few seeded 2-means splits, or null when the members cannot be told apart. */
export function splitInTwo(vectors: readonly SparseVector[], members: readonly number[], dimensions: number, random: () => number): [number[], number[]] | null {
  if (members.length < 2) return null;
  let best: Clustering | null = null;
  for (let trial = 0; trial < SPLIT_TRIALS; trial++) {
    const attempt = sphericalKMeans({ vectors, members, k: 2, dimensions, random });
    if (attempt.centres.length === 2 && (!best || attempt.cohesion > best.cohesion + 1e-9)) best = attempt;
  }
  if (!best) return null;
  const [first, second] = groupMembers(best.assignment, members, 2);
  return first && second && first.length > 0 && second.length > 0 ? [first, second] : null;
}

function describe(vectors: readonly SparseVector[], members: number[], dimensions: number) {
  const centre = centreOf(vectors, members, dimensions);
  // Looseness is the summed distance to the centre: a big, spread-out cluster is split first.
  const looseness = members.reduce((sum, member) => sum + (1 - dot(vectors[member]!, centre)), 0);
  return { members, looseness, isSplittable: members.length >= 2 };
}

function refine(vectors: readonly SparseVector[], clusters: number[][], dimensions: number, random: () => number): number[][] {
  const members = clusters.flat();
  const initialCentres = clusters.map((cluster) => centreOf(vectors, cluster, dimensions));
  const { assignment } = sphericalKMeans({ vectors, members, k: clusters.length, dimensions, random, initialCentres, maxIterations: 8 });
  return groupMembers(assignment, members, clusters.length);
}

/**
 * The silhouette of each candidate grouping, on the same sample of at most SILHOUETTE_SAMPLE
 * answers: for each answer, how much nearer (1 - cosine) it is on average to its own group than to
 * the nearest other group, from -1 to 1, averaged. Pairwise rather than to the centres: splitting
 * a clear topic in two moves each half's centre towards its members, but not the members towards
 * each other, so only the pairwise form stops rewarding ever more themes.
 */
export function silhouettes(vectors: readonly SparseVector[], candidates: readonly number[][][]): number[] {
  const members = candidates[0]?.flat().sort((a, b) => a - b) ?? [];
  const step = Math.max(1, members.length / SILHOUETTE_SAMPLE);
  const sample: number[] = [];
  for (let position = 0; Math.floor(position) < members.length; position += step) sample.push(members[Math.floor(position)]!);
  const distance = pairwiseDistances(vectors, sample);
  const n = sample.length;
  return candidates.map((clusters) => {
    const groupOf = new Map<number, number>();
    clusters.forEach((cluster, index) => cluster.forEach((member) => groupOf.set(member, index)));
    const groups = sample.map((member) => groupOf.get(member) ?? -1);
    const k = clusters.length;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const sums = new Float64Array(k);
      const counts = new Int32Array(k);
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        sums[groups[j]!]! += distance[i * n + j]!;
        counts[groups[j]!]! += 1;
      }
      const own = groups[i]!;
      // An answer alone in its group (in the sample) counts 0, as usual.
      if (counts[own] === 0) continue;
      const a = sums[own]! / counts[own]!;
      let b = Infinity;
      for (let c = 0; c < k; c++) if (c !== own && counts[c]! > 0) b = Math.min(b, sums[c]! / counts[c]!);
      if (b === Infinity) continue;
      const spread = Math.max(a, b);
      total += spread > 0 ? (b - a) / spread : 0;
    }
    return n > 0 ? total / n : 0;
  });
}

function pairwiseDistances(vectors: readonly SparseVector[], sample: readonly number[]): Float64Array {
  const n = sample.length;
  const distance = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = 1 - sparseDot(vectors[sample[i]!]!, vectors[sample[j]!]!);
      distance[i * n + j] = d;
      distance[j * n + i] = d;
    }
  }
  return distance;
}

function sparseDot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i]!;
    const tb = b.terms[j]!;
    if (ta === tb) sum += a.weights[i++]! * b.weights[j++]!;
    else if (ta < tb) i++;
    else j++;
  }
  return sum;
}

/** How many different vectors there are (no more themes than that can exist). */
function distinctCount(vectors: readonly SparseVector[], members: readonly number[], enough: number): number {
  const seen = new Set<string>();
  for (const member of members) {
    const vector = vectors[member]!;
    seen.add(`${vector.terms.join(',')}|${Array.from(vector.weights, (w) => w.toFixed(6)).join(',')}`);
    if (seen.size >= enough) break;
  }
  return seen.size;
}
