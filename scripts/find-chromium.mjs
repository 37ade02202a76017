import { existsSync } from 'node:fs';

/** Debian's Chromium (never a downloaded browser), or the one CHROMIUM_PATH names. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p)) ?? null;
}
