import { api, ApiError } from '../../app/api';
import type { SessionResponse } from '../../app/api-types';
import { solveSignInChallenge, type SignInChallenge } from '../../../core/platform/sign-in-challenge';

// Failures elsewhere can raise the difficulty between two tries; a few rounds always catch up.
const MAX_ROUNDS = 3;

/**
 * Signs in. After repeated failures the server answers 429 with a challenge instead of locking
 * the account: the browser solves it (a few seconds at most) and sends the same password again.
 */
export async function requestSignIn(body: { email: string; password: string }, onSolving: () => void): Promise<SessionResponse> {
  let challenge: { token: string; solution: string } | undefined;
  for (let round = 0; ; round++) {
    try {
      return await api.post<SessionResponse>('/api/auth/sign-in', challenge ? { ...body, challenge } : body);
    } catch (error) {
      const asked = error instanceof ApiError && error.status === 429 ? challengeOf(error.body.challenge) : null;
      if (!asked || round >= MAX_ROUNDS) throw error;
      onSolving();
      challenge = { token: asked.token, solution: await solveSignInChallenge(asked) };
    }
  }
}

function challengeOf(value: unknown): SignInChallenge | null {
  const candidate = value as Partial<SignInChallenge> | null | undefined;
  return typeof candidate?.token === 'string' && typeof candidate.bits === 'number' ? { token: candidate.token, bits: candidate.bits } : null;
}
