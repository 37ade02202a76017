import type { NormsVersionRow } from './norms.repo.js';

export function presentNormsVersion(row: NormsVersionRow) {
  return {
    number: row.number,
    norms: (row.norms as string[]) ?? [],
    notes: row.notes,
    decision: { method: row.decision_method, description: row.decision_description, fallback: row.decision_fallback, quorum: row.quorum },
    changeNote: row.change_note,
    author: row.author,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export function presentNormsSummary(row: NormsVersionRow) {
  return { number: row.number, changeNote: row.change_note, author: row.author, createdAt: new Date(row.created_at).toISOString() };
}
