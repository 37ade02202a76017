import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from './config.js';

describe('TRUST_PROXY', () => {
  it('believes no proxy unless told, whatever PUBLIC_URL says', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://plans.example.org', SESSION_SECRET: 'x' }).trustProxy).toBe(false);
    expect(parseTrustProxy('')).toBe(false);
  });

  it('takes a hop count, or addresses, CIDR ranges and proxy-addr names', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('10.0.0.0/8, 127.0.0.1,::1,fd00::/8,loopback')).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'fd00::/8', 'loopback']);
  });

  it('refuses "true" and anything that is not an address, naming the setting', () => {
    for (const value of ['true', '10.0.0.0/33', 'proxy.internal', '1.2.3.4/8/9']) {
      expect(() => parseTrustProxy(value)).toThrow(/TRUST_PROXY/);
    }
  });
});
