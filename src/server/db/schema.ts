import type { ColumnType } from 'kysely';

/**
 * Kysely's view of the database: one `DB` interface that every domain adds its own tables to from
 * its `tables.ts` (declaration merging: `declare module '../db/schema.js' { interface DB { ... } }`),
 * so a new domain's tables need no edit here. The tables themselves are made by db/migrations.
 */
export interface DB {}

/** A timestamp column: read as a Date, written as a Date or an ISO string. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A jsonb column: read as parsed JSON, written as JSON text. */
export type Json = ColumnType<unknown, string | undefined | null, string | null>;
