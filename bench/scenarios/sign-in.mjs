import { jsonRequest } from '../lib/http.mjs';

/**
 * Deliberately expensive: every request verifies an argon2id hash (19 MiB, 2 passes) and opens a
 * session, so its ratio to the baseline is far from 1 by design. It shows how many sign-ins a
 * machine absorbs, e.g. a whole staff signing in at 8 a.m.
 */
/** @type {import('./index.mjs').Scenario} */
export default {
  name: 'sign-in',
  description: 'POST /api/auth/sign-in with a correct email and password',
  server: 'waymark',
  request: ({ waymark }) => jsonRequest('POST', '/api/auth/sign-in', { email: waymark.admin.email, password: waymark.admin.password }),
};
