import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashToken, safeEqual } from './secrets.js';

describe('hashToken', () => {
  it.each([
    ['a short secret', 'k', 'token'],
    ['a session secret', 'x'.repeat(43), 'survey-form|abc123|lq2x9'],
    ['a secret outside ASCII', 'clé-secrète-ñ', 'café'],
  ])('is HMAC-SHA256 of the token keyed by the secret as UTF-8 (%s)', (_label, secret, token) => {
    expect(hashToken(secret, token)).toBe(createHmac('sha256', secret).update(token).digest('base64url'));
  });

  it('keeps each secret its own key when several are in use', () => {
    const first = hashToken('secret-one', 'same token');
    const second = hashToken('secret-two', 'same token');
    expect(first).not.toBe(second);
    expect(hashToken('secret-one', 'same token')).toBe(first);
  });
});

describe('safeEqual', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['abc', 'abcd', false],
    ['', '', true],
  ])('%s vs %s is %s', (left, right, equal) => {
    expect(safeEqual(left, right)).toBe(equal);
  });
});
