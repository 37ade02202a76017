import type { Kysely } from 'kysely';
import type { Config } from './config.js';
import type { DB } from './db/schema.js';
import type { DatabaseKind } from './db/database.js';
import type { WorkArea } from './work-area.js';
import type { JobQueue } from './jobs/job-queue.js';
import type { MailService } from './mail/mail-service.js';

/** What every domain's routes and use-cases are given: no globals, no container. */
export interface AppContext {
  db: Kysely<DB>;
  databaseKind: DatabaseKind;
  config: Config;
  mail: MailService;
  limits: SignInLimits;
  /** Background work (pg-boss; inline in tests): a dataset's import runs as a job. */
  jobs: JobQueue;
  /** Every domain's work areas, gathered by buildApp from the domains list (none outside an app). */
  workAreas?: readonly WorkArea[];
}

export interface SignInLimits {
  /** Failed sign-ins allowed per email address in the window. */
  perEmail: number;
  /** Failed sign-ins allowed per client address in the window (many people may share one). */
  perAddress: number;
  /** Failed sign-ins allowed per email from one address in the window. */
  perPair: number;
  windowMinutes: number;
  /** Difficulty of the challenge past a limit, in leading zero bits of SHA-256: from min, growing to max. */
  challengeBits: { min: number; max: number };
}

/**
 * Past a limit, a sign-in needs a solved challenge; nobody is locked out. 18 bits is about 260,000
 * hashes, a few seconds in a browser: each guess then costs an attacker that much too.
 */
export const defaultSignInLimits: SignInLimits = { perEmail: 10, perAddress: 50, perPair: 5, windowMinutes: 15, challengeBits: { min: 12, max: 18 } };
