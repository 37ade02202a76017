import { z } from 'zod';

/**
 * How column values look in a backup. Rows are read with PostgreSQL's to_jsonb, so values keep
 * the database's own text form: uuids as strings, timestamps with their microseconds and offset,
 * jsonb as nested JSON. Restoring hands them back to PostgreSQL, which converts them exactly.
 */
export const column = {
  // Any 8-4-4-4-12 hex id: PostgreSQL accepts every uuid version, so the backup does too.
  id: z.guid({ error: unlessMissing('must be a uuid') }),
  text: z.string(),
  timestamp: z.iso.datetime({ offset: true, error: unlessMissing('must be a timestamp such as 2026-01-31T12:00:00.000000+00:00') }),
  integer: z.number().int(),
  boolean: z.boolean(),
  json: z.json(),
  /** A bigserial key; it is renumbered on restore, so only its type matters. */
  serial: z.union([z.number().int(), z.string().regex(/^\d+$/)]),
};

/** A row as it travels in a backup: column name to JSON value. */
export type BackupRow = Record<string, unknown>;

/** A custom message for a wrong value that still says "is required" when the value is absent. */
function unlessMissing(message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message);
}
