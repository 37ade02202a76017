import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export const healthRepo = {
  async ping(db: Kysely<DB>) {
    await sql`select 1`.execute(db);
  },
};
