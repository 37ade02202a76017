import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../../db/schema.js';

/** The Instructional Focus's table (migration 0033), added to the one `DB` type. */
export interface InstructionalFocusesTable {
  id: Generated<string>;
  organization_id: string;
  cycle_id: string;
  content: Json;
  version: Generated<number>;
  updated_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

declare module '../../db/schema.js' {
  interface DB {
    instructional_focuses: InstructionalFocusesTable;
  }
}
