/**
 * The silhouette of a clustering of 2-D points (step 6 uses it to choose the number of groups): for
 * each point, a = its mean distance to the rest of its cluster, b = its mean distance to the
 * nearest other cluster, s = (b - a) / max(a, b); the clustering's silhouette is the mean of s.
 * As in Polis the points are the base clusters' centres, each counted once whatever its size (a
 * crowd of identical voters should not decide alone how many groups there are), and a point alone
 * in its cluster scores 0.
 *
 * @param points x and y interleaved
 * @param assignment each point's cluster, 0 .. clusterCount - 1
 */
export function silhouette(points: Float64Array, assignment: Int32Array, clusterCount: number): number {
  const count = assignment.length;
  if (count === 0) return 0;
  const sizes = new Int32Array(clusterCount);
  for (let p = 0; p < count; p++) sizes[assignment[p]!]! += 1;
  const sums = new Float64Array(clusterCount);
  let total = 0;
  for (let p = 0; p < count; p++) {
    sums.fill(0);
    for (let q = 0; q < count; q++) {
      if (q === p) continue;
      const dx = points[2 * p]! - points[2 * q]!;
      const dy = points[2 * p + 1]! - points[2 * q + 1]!;
      sums[assignment[q]!]! += Math.sqrt(dx * dx + dy * dy);
    }
    const own = assignment[p]!;
    if (sizes[own]! <= 1) continue;
    const a = sums[own]! / (sizes[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < clusterCount; c++) if (c !== own && sizes[c]! > 0) b = Math.min(b, sums[c]! / sizes[c]!);
    if (b === Infinity) continue;
    const spread = Math.max(a, b);
    total += spread > 0 ? (b - a) / spread : 0;
  }
  return total / count;
}
