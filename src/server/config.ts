import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Everything the server reads from its environment, all optional. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  /**
   * Which proxies' X-Forwarded-For to believe (TRUST_PROXY): false (the socket's address is the
   * client), a hop count, or proxy addresses and CIDR ranges. Sign-in limits count by the result.
   */
  trustProxy: false | number | string[];
  sessionSecret: string;
  smtpUrl: string | undefined;
  logLevel: string;
  /** Where the built web application lives; absent in API-only tests. */
  webDir: string;
}

export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
  return dir;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT ? Number(env.PORT) : 3000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`);
  }
  const host = env.HOST || '127.0.0.1';
  const dataDir = path.resolve(env.DATA_DIR || path.join(projectRoot, 'data'));
  const publicUrl = (env.PUBLIC_URL || `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute URL such as https://plans.example.org, got "${env.PUBLIC_URL}"`);
  }
  return {
    port,
    host,
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    publicUrl,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    sessionSecret: env.SESSION_SECRET || readOrCreateSecret(dataDir),
    smtpUrl: env.SMTP_URL || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    webDir: path.join(projectRoot, 'dist', 'web'),
  };
}

// Names proxy-addr (Fastify's trustProxy) understands besides addresses and CIDR ranges.
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY: empty (trust no X-Forwarded-For), a hop count ("1": one proxy in front), or a
 * comma-separated list of proxy addresses, CIDR ranges or loopback/linklocal/uniquelocal.
 * "true" is refused: believing any sender's X-Forwarded-For lets anyone pick the address that
 * sign-in limits count against.
 */
export function parseTrustProxy(value: string | undefined): Config['trustProxy'] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false' || text === '0') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const version = isIP(address ?? '');
    const isRange = version !== 0 && extra === undefined && (bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128)));
    if (!isRange && !PROXY_RANGE_NAMES.has(entry)) {
      throw new Error(
        `TRUST_PROXY must be a hop count such as 1, or proxy addresses and CIDR ranges separated by commas (e.g. 10.0.0.0/8,127.0.0.1), got "${value}"`,
      );
    }
  }
  return entries;
}

/** The secret signs session and link tokens; it must survive restarts, so it lives beside the data. */
function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
  return secret;
}
