/**
 * Notes typed but not yet acknowledged by the server, kept on this device so a dropped connection,
 * a closed tab or a flat battery loses nothing: the notes page writes here on every keystroke and
 * removes a question's entry once the server has saved exactly that text.
 */
export interface UnsentNote {
  text: string;
  /** The note's version the text was written from (0: none yet). */
  baseVersion: number;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

const keyOf = (focusGroupId: string) => `waymark:focus-group-notes:${focusGroupId}`;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage refused (private mode, a policy): notes still save, only without the local copy.
    return null;
  }
}

export function readUnsent(focusGroupId: string, store: Storage | null = storage()): Record<string, UnsentNote> {
  try {
    const raw = store?.getItem(keyOf(focusGroupId));
    const parsed = raw ? (JSON.parse(raw) as unknown) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, UnsentNote>) : {};
  } catch {
    return {};
  }
}

function write(focusGroupId: string, notes: Record<string, UnsentNote>, store: Storage | null) {
  try {
    if (Object.keys(notes).length === 0) store?.removeItem(keyOf(focusGroupId));
    else store?.setItem(keyOf(focusGroupId), JSON.stringify(notes));
  } catch {
    // A full storage keeps the notes in memory only; the page says when they are not sent.
  }
}

export function keepUnsent(focusGroupId: string, questionKey: string, note: UnsentNote, store: Storage | null = storage()) {
  write(focusGroupId, { ...readUnsent(focusGroupId, store), [questionKey]: note }, store);
}

export function forgetUnsent(focusGroupId: string, questionKey: string, store: Storage | null = storage()) {
  const { [questionKey]: _sent, ...rest } = readUnsent(focusGroupId, store);
  write(focusGroupId, rest, store);
}
