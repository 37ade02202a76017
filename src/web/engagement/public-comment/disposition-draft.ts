import type { Disposition, DispositionBody, DispositionValue, DraftChange } from './public-comment-api';

/** What the team is deciding about a comment or a theme, as the form holds it. */
export interface DispositionDraft {
  value: DispositionValue | null;
  note: string;
  changedKeys: string[];
  /** Whether the changed parts of the plan cite what was answered (on unless the person unticks it). */
  cite?: boolean;
}

export function draftOf(disposition: Disposition | null): DispositionDraft {
  return { value: disposition?.value ?? null, note: disposition?.note ?? '', changedKeys: disposition?.changed_keys ?? [], cite: true };
}

/** The problems the browser can tell before sending: "not accepted" says why (the server's rule too). */
export function checkDisposition(draft: DispositionDraft): { note?: 'required' } {
  return draft.value === 'not_accepted' && !draft.note.trim() ? { note: 'required' } : {};
}

/**
 * The request body: changes made only go with a decision that made them (accepted or partly), so a
 * choice changed to "not accepted" does not carry the keys ticked before; taking the decision back
 * (null) sends nothing else.
 */
export function bodyOf(draft: DispositionDraft, version: number): DispositionBody {
  if (draft.value === null) return { version, disposition: null };
  const note = draft.note.trim();
  const carriesChanges = draft.value === 'accepted' || draft.value === 'partly';
  const cites = carriesChanges && draft.changedKeys.length > 0 && draft.cite === true;
  return { version, disposition: draft.value, ...(note ? { note } : {}), ...(carriesChanges ? { changed_keys: draft.changedKeys } : { changed_keys: [] }), ...(cites ? { cite_on_changed: true } : {}) };
}

/**
 * The changes a decision can point to, those of the element commented on first (then the plan's
 * own texts for mission, vision and values), then the rest in the server's order. Keys ticked
 * earlier that no longer show as changed stay listed so the person can untick them.
 */
export function changeChoices(changes: readonly DraftChange[], elementKey: string | null, ticked: readonly string[]): Array<DraftChange & { isStale?: boolean }> {
  const ownKey = (change: DraftChange) => change.key === elementKey || (elementKey !== null && change.key.startsWith(`${elementKey}.`));
  const own = changes.filter(ownKey);
  const rest = changes.filter((change) => !ownKey(change));
  const stale = ticked.filter((key) => !changes.some((change) => change.key === key)).map((key) => ({ key, kind: 'plan' as const, title: '', change: 'changed' as const, fields: [], isStale: true }));
  return [...own, ...rest, ...stale];
}
