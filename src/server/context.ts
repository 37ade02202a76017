import type { Kysely } from 'kysely';
import type { Config } from './config.js';
import type { DB } from './db/schema.js';
import type { DatabaseKind } from './db/database.js';
import type { MailService } from './mail/mail-service.js';

/** What every domain's routes and use-cases are given: no globals, no container. */
export interface AppContext {
  db: Kysely<DB>;
  databaseKind: DatabaseKind;
  config: Config;
  mail: MailService;
  limits: SignInLimits;
}

export interface SignInLimits {
  /** Failed sign-ins allowed per email address in the window. */
  perEmail: number;
  /** Failed sign-ins allowed per client address in the window. */
  perAddress: number;
  windowMinutes: number;
}

export const defaultSignInLimits: SignInLimits = { perEmail: 10, perAddress: 50, windowMinutes: 15 };
