import type { Organization } from '../tables.js';

export function presentOrganization(row: Organization) {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    slug: row.slug,
    networkId: row.network_id,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export function presentSchool(row: { id: string; name: string; code: string | null }) {
  return { id: row.id, name: row.name, code: row.code };
}
