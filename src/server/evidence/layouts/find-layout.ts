import type { Kysely } from 'kysely';
import type { DatasetMapping } from '../../../core/evidence/dataset-mapping.js';
import { layoutFingerprint } from '../../../core/evidence/layout-fingerprint.js';
import { libraryLayouts, recognizeLayout } from '../../../core/evidence/layout-library.js';
import type { DB } from '../../db/schema.js';
import { layoutsRepo } from './layouts.repo.js';

/** A layout a dataset can be read with: one of Waymark's library, or one the district saved. */
export interface KnownLayout {
  ref: string;
  name: string;
  description: string;
  mapping: DatasetMapping;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const SAVED_DESCRIPTION = 'Saved by the district from an earlier file';

export function libraryLayout(key: string): KnownLayout | null {
  const found = libraryLayouts.find((layout) => layout.key === key);
  return found ? { ref: `library:${found.key}`, name: found.name, description: found.description, mapping: found.mapping } : null;
}

/** The layout a reference names ("library:<key>", "saved:<uuid>" of this district); null when there is none. */
export async function findLayout(options: { db: Kysely<DB>; organizationId: string; ref: string }): Promise<KnownLayout | null> {
  const { db, organizationId, ref } = options;
  const [kind, id] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
  if (kind === 'library') return libraryLayout(id);
  if (kind !== 'saved' || !UUID.test(id)) return null;
  const saved = await layoutsRepo.find(db, organizationId, id);
  return saved ? { ref: `saved:${saved.id}`, name: saved.name, description: SAVED_DESCRIPTION, mapping: saved.mapping as DatasetMapping } : null;
}

/**
 * The layout that reads a file with these headers: the district's own saved layout first (it
 * corrected the library's, or maps a file the library does not know), then the library's.
 */
export async function recognizeFileLayout(options: { db: Kysely<DB>; organizationId: string; headers: string[] }): Promise<KnownLayout | null> {
  const { db, organizationId, headers } = options;
  const saved = await layoutsRepo.findByFingerprint(db, organizationId, layoutFingerprint(headers));
  if (saved) return { ref: `saved:${saved.id}`, name: saved.name, description: SAVED_DESCRIPTION, mapping: saved.mapping as DatasetMapping };
  const library = recognizeLayout(headers);
  return library ? { ref: `library:${library.key}`, name: library.name, description: library.description, mapping: library.mapping } : null;
}
