import { describe, expect, it } from 'vitest';
import { seededRandom } from '../themes/seeded-random.js';
import { chooseGroups, maxGroupCount, SILHOUETTE_MARGIN } from './choose-groups.js';
import { weightedKMeans } from './weighted-kmeans.js';

/** Seeded blobs: `perBlob` points around each centre, spread `spread`. */
function blobs(centres: Array<[number, number]>, perBlob: number, spread: number, seed = 7) {
  const random = seededRandom(seed);
  const points: number[] = [];
  const truth: number[] = [];
  centres.forEach(([x, y], blob) => {
    for (let i = 0; i < perBlob; i++) {
      points.push(x + (random() - 0.5) * spread, y + (random() - 0.5) * spread);
      truth.push(blob);
    }
  });
  return { points: Float64Array.from(points), truth };
}

/** True when two labellings split the items the same way. */
function sameSplit(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const map = new Map<number, number>();
  const back = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    if ((map.get(a[i]!) ?? b[i]) !== b[i] || (back.get(b[i]!) ?? a[i]) !== a[i]) return false;
    map.set(a[i]!, b[i]!);
    back.set(b[i]!, a[i]!);
  }
  return true;
}

describe('weightedKMeans', () => {
  it.each([
    { k: 2, centres: [[0, 0], [10, 0]] as Array<[number, number]> },
    { k: 3, centres: [[0, 0], [10, 0], [5, 9]] as Array<[number, number]> },
    { k: 4, centres: [[0, 0], [10, 0], [0, 10], [10, 10]] as Array<[number, number]> },
  ])('finds $k planted blobs', ({ k, centres }) => {
    const { points, truth } = blobs(centres, 30, 2);
    const result = weightedKMeans({ points, k, random: seededRandom(1) });
    expect(result.weights).toHaveLength(k);
    expect(sameSplit(result.assignment, truth)).toBe(true);
    expect([...result.weights]).toEqual(new Array(k).fill(30));
  });

  it('puts a centre at the weighted mean of its points', () => {
    const points = Float64Array.from([0, 0, 1, 0, 100, 100]);
    const result = weightedKMeans({ points, weights: Float64Array.from([3, 1, 5]), k: 2, random: seededRandom(2) });
    const near = result.assignment[0]!;
    expect(result.centres[2 * near]).toBeCloseTo(0.25, 12);
    expect(result.weights[near]).toBe(4);
    expect(result.inertia).toBeCloseTo(3 * 0.25 ** 2 + 1 * 0.75 ** 2, 12);
  });

  it('returns fewer clusters than k when there are fewer distinct points', () => {
    const points = Float64Array.from([1, 1, 1, 1, 2, 2, 2, 2]);
    const result = weightedKMeans({ points, k: 100, random: seededRandom(3) });
    expect(result.weights).toHaveLength(2);
    expect(result.inertia).toBe(0);
  });

  it('gives the same clusters for the same seed', () => {
    const { points } = blobs([[0, 0], [3, 0], [1, 4]], 40, 5);
    const once = weightedKMeans({ points, k: 5, random: seededRandom(9) });
    const again = weightedKMeans({ points, k: 5, random: seededRandom(9) });
    expect(again).toEqual(once);
  });
});

describe('choosing the number of groups', () => {
  it.each([
    [0, 2],
    [11, 2],
    [12, 3],
    [24, 4],
    [36, 5],
    [100, 5],
  ])('%i base clusters allow up to %i groups', (base, most) => {
    expect(maxGroupCount(base)).toBe(most);
  });

  it.each([2, 3, 4])('finds %i planted groups of base centres by silhouette', (k) => {
    const layout: Array<[number, number]> = [[0, 0], [20, 0], [10, 18], [30, 18]];
    const { points, truth } = blobs(layout.slice(0, k), 12, 3);
    const choice = chooseGroups(points, new Float64Array(points.length / 2).fill(1), seededRandom(4));
    expect(choice.groupCount).toBe(k);
    expect(sameSplit(choice.assignment, truth)).toBe(true);
    const best = choice.silhouettes.find((s) => s.k === k)!.silhouette;
    expect(choice.silhouettes.every((s) => s.silhouette <= best + SILHOUETTE_MARGIN)).toBe(true);
  });

  it('weights the base centres by their members', () => {
    // Two far clusters of base centres; the heavy centre on the left pulls the left group's centre.
    const points = Float64Array.from([0, 0, 2, 0, 50, 0, 52, 0]);
    const choice = chooseGroups(points, Float64Array.from([9, 1, 1, 1]), seededRandom(5));
    expect(choice.groupCount).toBe(2);
    expect(choice.assignment[0]).toBe(choice.assignment[1]);
    expect(choice.assignment[2]).toBe(choice.assignment[3]);
  });

  it('keeps one group when there is one base cluster, none when there is none', () => {
    expect(chooseGroups(Float64Array.from([1, 1]), Float64Array.from([4]), seededRandom(6))).toMatchObject({ groupCount: 1, silhouettes: [] });
    expect(chooseGroups(new Float64Array(0), new Float64Array(0), seededRandom(6)).groupCount).toBe(0);
  });
});
