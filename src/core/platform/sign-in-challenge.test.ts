import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { challengeInput, leadingZeroBits, solveSignInChallenge } from './sign-in-challenge.js';

describe('sign-in challenge', () => {
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(new Uint8Array([0, 0, 0xff]))).toBe(16);
    expect(leadingZeroBits(new Uint8Array([0x0f]))).toBe(4);
    expect(leadingZeroBits(new Uint8Array([0x80]))).toBe(0);
    expect(leadingZeroBits(new Uint8Array([0, 0]))).toBe(16);
  });

  it('finds a solution the server’s own hash accepts', async () => {
    const challenge = { token: 'some.signed.token.mac', bits: 10 };
    const solution = await solveSignInChallenge(challenge);
    expect(leadingZeroBits(createHash('sha256').update(challengeInput(challenge.token, solution)).digest())).toBeGreaterThanOrEqual(10);
  });
});
