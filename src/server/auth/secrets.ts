import { createHmac, createSecretKey, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** A fresh unguessable token for a cookie, a link or an API token. */
export function newSecretToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/**
 * Tokens are stored as an HMAC keyed by SESSION_SECRET, so a leaked database alone does not
 * let anyone sign in, and a lookup is a plain index hit.
 */
export function hashToken(secret: string, token: string): string {
  return createHmac('sha256', keyOf(secret)).update(token).digest('base64url');
}

/**
 * The secret as a key object, made once: given as a string, every HMAC (one per survey response,
 * for its form token) turned it into a key again. A server has one secret (tests a few), so the
 * map stays tiny.
 */
const keys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    if (keys.size >= 16) keys.clear();
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key;
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

// OWASP's argon2id settings: 19 MiB, 2 passes, 1 lane.
const argonOptions = { algorithm: 2 /* Argon2id; the enum is a const enum that isolatedModules cannot read */, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, argonOptions);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    // Spend the same time as a real check so unknown accounts cannot be told apart by timing.
    await hash(password, argonOptions);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
