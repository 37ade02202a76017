/**
 * The sign-in challenge: a small proof of work the server asks for once failed sign-ins pile up
 * for an account, an address or the two together. Instead of locking anyone out, it makes every
 * further guess cost the guesser CPU time, while the right password (with a solved challenge)
 * always signs in. The browser solves it with the same code the server checks it with.
 *
 * A solution is a decimal counter such that SHA-256("<token>:<counter>") starts with `bits` zero bits.
 */

export interface SignInChallenge {
  /** Opaque, signed by the server; binds the email, the difficulty and an expiry. */
  token: string;
  /** Leading zero bits the hash must have: each more bit doubles the expected work. */
  bits: number;
}

/** How many leading bits of the digest are zero. */
export function leadingZeroBits(digest: Uint8Array): number {
  let count = 0;
  for (const byte of digest) {
    if (byte === 0) {
      count += 8;
      continue;
    }
    return count + Math.clz32(byte) - 24;
  }
  return count;
}

/** The text whose hash is checked, the same on both sides. */
export function challengeInput(token: string, solution: string): string {
  return `${token}:${solution}`;
}

const BATCH = 256;

/**
 * Finds a solution with Web Crypto (browser and Node alike). Digests are asked for in batches,
 * because one awaited digest at a time spends most of its time waiting, not hashing.
 */
export async function solveSignInChallenge(challenge: SignInChallenge, signal?: AbortSignal): Promise<string> {
  const encoder = new TextEncoder();
  for (let start = 0; ; start += BATCH) {
    signal?.throwIfAborted();
    const digests = await Promise.all(
      Array.from({ length: BATCH }, (_, i) =>
        globalThis.crypto.subtle.digest('SHA-256', encoder.encode(challengeInput(challenge.token, String(start + i)))),
      ),
    );
    const found = digests.findIndex((digest) => leadingZeroBits(new Uint8Array(digest)) >= challenge.bits);
    if (found >= 0) return String(start + found);
  }
}
