import type { OwnerRow } from './owners.repo.js';

export function presentOwner(row: OwnerRow) {
  return { elementKey: row.element_key, userId: row.user_id, name: row.name, email: row.email };
}
