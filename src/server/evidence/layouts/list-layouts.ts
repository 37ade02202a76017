import type { Kysely } from 'kysely';
import type { DatasetMapping } from '../../../core/evidence/dataset-mapping.js';
import { libraryLayouts } from '../../../core/evidence/layout-library.js';
import type { DB } from '../../db/schema.js';
import { SAVED_DESCRIPTION } from './find-layout.js';
import { layoutsRepo } from './layouts.repo.js';

/** The layouts a district can pick when it loads a file: Waymark's library and its own saved ones. */
export async function listLayouts(options: { db: Kysely<DB>; organizationId: string }) {
  const saved = await layoutsRepo.list(options.db, options.organizationId);
  return {
    library: libraryLayouts.map((layout) => ({ ref: `library:${layout.key}`, name: layout.name, description: layout.description, mapping: layout.mapping })),
    saved: saved.map((layout) => ({ ref: `saved:${layout.id}`, name: layout.name, description: SAVED_DESCRIPTION, mapping: layout.mapping as DatasetMapping })),
  };
}
