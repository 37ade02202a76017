import { seededRandom } from '../themes/seeded-random.js';
import type { VoteMatrix } from './vote-matrix.js';

/** Polis's cap on power-iteration steps; most conversations settle far sooner. */
export const MAX_POWER_ITERATIONS = 100;
/** Stop once the plane moves by less than this (largest change of a loading): far below what could move anyone on the map. */
const SETTLED = 1e-10;
/** A second direction this much weaker than the first is rounding error, not variance. */
const ROUNDING = 1e-12;
const START_SEED = 0x5eed;

/**
 * Each statement's mean vote over those who saw it (step 3). Filling a missing vote with its
 * column's mean and then centring the matrix leaves exactly 0 in every missing cell, so the centred
 * matrix stays as sparse as the votes and the imputation costs nothing. A moderated-out statement is
 * a column of zeros for everyone (Polis's zeroing): mean 0, no weight in the components.
 */
export function columnMeans(matrix: VoteMatrix): Float64Array {
  const sums = new Float64Array(matrix.statements.length);
  const counts = new Float64Array(matrix.statements.length);
  for (let i = 0; i < matrix.columns.length; i++) {
    sums[matrix.columns[i]!]! += matrix.values[i]!;
    counts[matrix.columns[i]!]! += 1;
  }
  return sums.map((sum, c) => (matrix.isModeratedOut[c] || counts[c] === 0 ? 0 : sum / counts[c]!));
}

/** Each vote minus its statement's mean, in the matrix's layout; 0 for moderated-out statements. */
export function centredVotes(matrix: VoteMatrix, means: Float64Array): Float64Array {
  const centred = new Float64Array(matrix.columns.length);
  for (let i = 0; i < centred.length; i++) {
    const c = matrix.columns[i]!;
    centred[i] = matrix.isModeratedOut[c] ? 0 : matrix.values[i]! - means[c]!;
  }
  return centred;
}

/**
 * The first two principal components of the centred votes (step 3), by power iteration on XᵀX
 * with both vectors at once (subspace iteration: each step multiplies both, keeps them
 * orthonormal, and turns them within their plane towards XᵀX's eigenvectors, Rayleigh-Ritz).
 * Polis iterates one vector, then the second after deflation; both reach the same two
 * components, but when the top two eigenvalues are close (three camps of similar size) a single
 * vector wanders in their plane for all 100 steps, while the plane itself, which is all the map
 * and the groups depend on, settles in a few. One pass over the votes serves both vectors.
 *
 * Polis starts from a random vector; ours is drawn from a fixed seed, so every run agrees. A
 * component's sign is arbitrary: its largest loading is made positive, so the map never flips
 * between runs. Directions with no variance left come out as zeros.
 */
export function principalComponents(options: {
  rowStart: Int32Array;
  columns: Int32Array;
  centred: Float64Array;
  columnCount: number;
  maxIterations?: number;
}): [Float64Array, Float64Array] {
  const { rowStart, columns, centred, columnCount, maxIterations = MAX_POWER_ITERATIONS } = options;
  const random = seededRandom(START_SEED);
  let first: Float64Array = Float64Array.from({ length: columnCount }, () => random());
  let second: Float64Array = Float64Array.from({ length: columnCount }, () => random());
  orthonormalise(first, second);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const [timesFirst, timesSecond] = gramTimes(rowStart, columns, centred, first, second);
    // Rayleigh-Ritz: the 2 x 2 matrix of XᵀX in the current plane, and its eigenvectors there.
    const a = dot(first, timesFirst);
    const d = dot(second, timesSecond);
    const b = (dot(first, timesSecond) + dot(second, timesFirst)) / 2;
    const [c, s] = leadingEigenvector(a, b, d);
    const nextFirst = timesFirst.map((value, i) => c * value + s * timesSecond[i]!);
    const nextSecond = timesSecond.map((value, i) => c * value - s * timesFirst[i]!);
    orthonormalise(nextFirst, nextSecond);
    const moved = distanceFromPlane(nextFirst, nextSecond, first, second);
    first = nextFirst;
    second = nextSecond;
    if (moved < SETTLED) break;
  }
  return [withPositiveLargestLoading(first), withPositiveLargestLoading(second)];
}

/** The unit eigenvector (c, s) of the larger eigenvalue of [[a, b], [b, d]]. */
export function leadingEigenvector(a: number, b: number, d: number): [number, number] {
  if (b === 0) return a >= d ? [1, 0] : [0, 1];
  const half = (a - d) / 2;
  const larger = (a + d) / 2 + Math.sqrt(half * half + b * b);
  // Of the two equivalent forms, the one with the larger entries loses the least to rounding.
  const [x, y] = Math.abs(larger - d) >= Math.abs(larger - a) ? [larger - d, b] : [b, larger - a];
  const length = Math.sqrt(x * x + y * y);
  return [x / length, y / length];
}

/**
 * Gram-Schmidt in place: first to length 1, second made orthogonal to it and length 1. What is left
 * of second after taking out first can be rounding error only (votes of rank 1): then it is zeros,
 * not a unit vector pointing nowhere in particular.
 */
function orthonormalise(first: Float64Array, second: Float64Array): void {
  const firstLength = normalise(first);
  const overlap = dot(first, second);
  for (let i = 0; i < second.length; i++) second[i]! -= overlap * first[i]!;
  if (normalise(second) <= ROUNDING * firstLength) second.fill(0);
}

/** How far the new vectors stand out of the old plane: the largest entry of what the old plane does not explain. */
function distanceFromPlane(first: Float64Array, second: Float64Array, oldFirst: Float64Array, oldSecond: Float64Array): number {
  let largest = 0;
  for (const vector of [first, second]) {
    const onFirst = dot(vector, oldFirst);
    const onSecond = dot(vector, oldSecond);
    for (let i = 0; i < vector.length; i++) largest = Math.max(largest, Math.abs(vector[i]! - onFirst * oldFirst[i]! - onSecond * oldSecond[i]!));
  }
  return largest;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** XᵀX times two vectors in one walk over the votes: each row's dot products, then spread back along the row. */
function gramTimes(rowStart: Int32Array, columns: Int32Array, centred: Float64Array, first: Float64Array, second: Float64Array): [Float64Array, Float64Array] {
  const timesFirst = new Float64Array(first.length);
  const timesSecond = new Float64Array(second.length);
  for (let r = 0; r + 1 < rowStart.length; r++) {
    const end = rowStart[r + 1]!;
    let onFirst = 0;
    let onSecond = 0;
    for (let i = rowStart[r]!; i < end; i++) {
      const column = columns[i]!;
      onFirst += centred[i]! * first[column]!;
      onSecond += centred[i]! * second[column]!;
    }
    if (onFirst === 0 && onSecond === 0) continue;
    for (let i = rowStart[r]!; i < end; i++) {
      const column = columns[i]!;
      timesFirst[column]! += onFirst * centred[i]!;
      timesSecond[column]! += onSecond * centred[i]!;
    }
  }
  return [timesFirst, timesSecond];
}

/** Scales to length 1 in place (a zero vector stays zero) and returns the length it had. */
function normalise(vector: Float64Array): number {
  let sum = 0;
  for (let c = 0; c < vector.length; c++) sum += vector[c]! * vector[c]!;
  const length = Math.sqrt(sum);
  if (length > 0) for (let c = 0; c < vector.length; c++) vector[c]! /= length;
  else vector.fill(0);
  return length;
}

export function withPositiveLargestLoading(vector: Float64Array): Float64Array {
  let largest = 0;
  for (let c = 1; c < vector.length; c++) if (Math.abs(vector[c]!) > Math.abs(vector[largest]!)) largest = c;
  if (vector[largest]! < 0) for (let c = 0; c < vector.length; c++) vector[c] = -vector[c]! || 0;
  return vector;
}
