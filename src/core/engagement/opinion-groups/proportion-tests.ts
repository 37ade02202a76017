/**
 * The small-sample statistics behind representative and consensus statements (steps 7 and 8). Every
 * count gets a pseudocount of 1 (a vote each way, in effect) so that two agrees out of two do not
 * read as certainty.
 */

/** One-sided z at 90%: the bar both tests must clear. */
export const Z_90 = 1.2816;

/** (successes + 1) / (trials + 2): a share with a uniform prior. */
export function smoothedShare(successes: number, trials: number): number {
  return (successes + 1) / (trials + 2);
}

/**
 * One-proportion z against one half, with pseudocounts as Polis writes it:
 * 2 sqrt(n + 1) ((s + 1) / (n + 1) - 0.5).
 */
export function proportionTest(successes: number, trials: number): number {
  return 2 * Math.sqrt(trials + 1) * ((successes + 1) / (trials + 1) - 0.5);
}

/**
 * Two-proportion z of a group (in) against everyone else (out), each count + 1. When everyone,
 * in and out, succeeded, the pooled share is 1 and the test is 0: no difference to see.
 */
export function twoProportionTest(successesIn: number, successesOut: number, trialsIn: number, trialsOut: number): number {
  const sIn = successesIn + 1;
  const sOut = successesOut + 1;
  const nIn = trialsIn + 1;
  const nOut = trialsOut + 1;
  const pooled = (sIn + sOut) / (nIn + nOut);
  if (pooled === 1) return 0;
  return (sIn / nIn - sOut / nOut) / Math.sqrt(pooled * (1 - pooled) * (1 / nIn + 1 / nOut));
}
