import { hashToken } from '../../auth/secrets.js';

/**
 * How many responses one address may send to one survey in a window, counted in this process's
 * memory only. Addresses are held as keyed hashes (HMAC with the server's secret), so not even the
 * process's memory holds a respondent's address in the clear, and nothing of it is ever stored or
 * logged. A restart forgets the counts, which costs a flood at most one more window.
 */
export class AddressLimiter {
  private readonly counts = new Map<string, { windowStart: number; count: number }>();

  constructor(private readonly options: { limit: number; windowMs: number; maxKeys?: number }) {}

  /** Counts one submission; false when this address is past the limit for this survey. */
  take(options: { secret: string; surveyId: string; address: string; now?: number }): boolean {
    const now = options.now ?? Date.now();
    const key = hashToken(options.secret, `survey-limit|${options.surveyId}|${options.address}`);
    const entry = this.counts.get(key);
    if (!entry || now - entry.windowStart >= this.options.windowMs) {
      if (!entry && this.counts.size >= (this.options.maxKeys ?? 100_000)) this.forgetExpired(now);
      this.counts.set(key, { windowStart: now, count: 1 });
      return true;
    }
    entry.count += 1;
    return entry.count <= this.options.limit;
  }

  private forgetExpired(now: number) {
    for (const [key, entry] of this.counts) if (now - entry.windowStart >= this.options.windowMs) this.counts.delete(key);
    // Still full (a flood from very many addresses): start again rather than grow without bound.
    if (this.counts.size >= (this.options.maxKeys ?? 100_000)) this.counts.clear();
  }
}

/** The limit the public routes use: 60 responses per hour per survey per address (a kiosk token lifts it). */
export const responseLimiter = new AddressLimiter({ limit: 60, windowMs: 3_600_000 });
