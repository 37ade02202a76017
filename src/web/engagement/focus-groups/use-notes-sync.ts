import { useCallback, useEffect, useRef, useState } from 'react';
import { keepBothNotes } from '../../../core/engagement/focus-groups/merge-notes';
import { api, ApiError } from '../../app/api';
import { focusGroupsApi, type FocusGroupNote } from './focus-groups-api';
import { forgetUnsent, keepUnsent, readUnsent } from './note-outbox';

/** How a question's notes stand with the server, said on screen beside the text area. */
export type NoteStatus = 'saved' | 'unsaved' | 'saving' | 'offline' | 'conflict' | 'refused';

export interface NoteDraft {
  text: string;
  /** The server's version this text was written from (0: no notes yet). */
  baseVersion: number;
  status: NoteStatus;
  /** The other note-taker's save, while a conflict waits for a choice. */
  theirs: FocusGroupNote | null;
  error: ApiError | null;
}

export type ConflictChoice = 'keepBoth' | 'mine' | 'theirs';

const SAVE_AFTER_MS = 1200;
const RETRY_AFTER_MS = 5000;

/** A failure worth trying again: no connection, a timeout, the server restarting. */
const isTransient = (error: ApiError) => error.code === 'network_error' || error.status === 0 || error.status >= 500 || error.status === 429;

/**
 * The notes of one focus group as the notes page edits them: every change is kept on the device at
 * once and sent after a short pause; a save refused because another note-taker saved first (409)
 * waits for the person to merge; a failed connection is retried until the notes are acknowledged.
 */
export function useNotesSync(options: { cycleId: string; focusGroupId: string; questionKeys: readonly string[]; serverNotes: readonly FocusGroupNote[] }) {
  const { cycleId, focusGroupId } = options;
  const [drafts, setDrafts] = useState<Record<string, NoteDraft>>(() => initialDrafts(options));
  // The drafts as they are now, for the sends and timers between renders. Kept here, not read
  // back from a render: React runs a state updater later, at its next render, so a save
  // answered meanwhile would otherwise be sent again from the version before it (a 409).
  const latest = useRef(drafts);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Map<string, Promise<void>>());

  const update = useCallback((key: string, change: (draft: NoteDraft) => NoteDraft) => {
    const next = { ...latest.current, [key]: change(latest.current[key] ?? emptyDraft()) };
    latest.current = next;
    setDrafts(next);
  }, []);

  const send = useCallback(
    async (key: string): Promise<void> => {
      const running = inFlight.current.get(key);
      if (running) {
        await running;
        return send(key);
      }
      const draft = latest.current[key];
      if (!draft || draft.status === 'conflict' || draft.status === 'saved') return;
      const sentText = draft.text;
      update(key, (d) => ({ ...d, status: 'saving', error: null }));
      const request = (async () => {
        try {
          const saved = await api.put<FocusGroupNote>(focusGroupsApi.note(cycleId, focusGroupId, key), { version: draft.baseVersion, text: sentText });
          const isCurrent = latest.current[key]?.text === sentText;
          if (isCurrent) forgetUnsent(focusGroupId, key);
          else keepUnsent(focusGroupId, key, { text: latest.current[key]!.text, baseVersion: saved.version });
          update(key, (d) => ({ ...d, baseVersion: saved.version, status: d.text === sentText ? 'saved' : 'unsaved' }));
        } catch (cause) {
          const error = ApiError.from(cause);
          if (error.code === 'conflict') {
            const theirs = (error.body as { current?: FocusGroupNote }).current ?? null;
            update(key, (d) => ({ ...d, status: 'conflict', theirs, error: null }));
          } else if (isTransient(error)) {
            update(key, (d) => ({ ...d, status: 'offline', error }));
            schedule(key, RETRY_AFTER_MS);
          } else {
            update(key, (d) => ({ ...d, status: 'refused', error }));
          }
        }
      })();
      inFlight.current.set(key, request);
      try {
        await request;
      } finally {
        inFlight.current.delete(key);
      }
      if (latest.current[key]?.status === 'unsaved') schedule(key, SAVE_AFTER_MS);
    },
    // `schedule` is declared below; both keep the first render's refs, so the pair stays consistent.
    [cycleId, focusGroupId, update],
  );

  const schedule = useCallback(
    (key: string, delay: number) => {
      clearTimeout(timers.current.get(key));
      timers.current.set(
        key,
        setTimeout(() => {
          timers.current.delete(key);
          void send(key);
        }, delay),
      );
    },
    [send],
  );

  /** The person typed: keep the text here and on the device, and send it after a pause. */
  const change = useCallback(
    (key: string, text: string) => {
      const draft = latest.current[key] ?? emptyDraft();
      keepUnsent(focusGroupId, key, { text, baseVersion: draft.baseVersion });
      update(key, (d) => ({ ...d, text, status: d.status === 'conflict' ? 'conflict' : 'unsaved' }));
      if (draft.status !== 'conflict') schedule(key, SAVE_AFTER_MS);
    },
    [focusGroupId, schedule, update],
  );

  /** Sends a question's notes now (before coding a passage, which the server looks for in the saved text). */
  const flush = useCallback(
    async (key: string) => {
      clearTimeout(timers.current.get(key));
      timers.current.delete(key);
      await send(key);
      return latest.current[key]?.status === 'saved';
    },
    [send],
  );

  const resolve = useCallback(
    (key: string, choice: ConflictChoice) => {
      const draft = latest.current[key];
      const theirs = draft?.theirs;
      if (!draft || !theirs) return;
      if (choice === 'theirs') {
        forgetUnsent(focusGroupId, key);
        update(key, () => ({ text: theirs.text, baseVersion: theirs.version, status: 'saved', theirs: null, error: null }));
        return;
      }
      const text = choice === 'keepBoth' ? keepBothNotes(theirs.text, draft.text) : draft.text;
      keepUnsent(focusGroupId, key, { text, baseVersion: theirs.version });
      update(key, () => ({ text, baseVersion: theirs.version, status: 'unsaved', theirs: null, error: null }));
      schedule(key, 0);
    },
    [focusGroupId, schedule, update],
  );

  /** Another note-taker's newer save of a question this person is not editing replaces it on screen. */
  const takeServerNotes = useCallback(
    (notes: readonly FocusGroupNote[]) => {
      for (const note of notes) {
        const draft = latest.current[note.question_key];
        if (draft && draft.status === 'saved' && note.version > draft.baseVersion) update(note.question_key, (d) => ({ ...d, text: note.text, baseVersion: note.version }));
      }
    },
    [update],
  );

  // Notes left unsent by an earlier visit go out as soon as the page opens, and again when the connection returns.
  useEffect(() => {
    const resendAll = () => {
      for (const [key, draft] of Object.entries(latest.current)) if (draft.status === 'unsaved' || draft.status === 'offline') schedule(key, 0);
    };
    resendAll();
    window.addEventListener('online', resendAll);
    const pending = timers.current;
    return () => {
      window.removeEventListener('online', resendAll);
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, [schedule]);

  const pendingCount = Object.values(drafts).filter((draft) => draft.status !== 'saved').length;
  return { drafts, change, flush, resolve, takeServerNotes, pendingCount };
}

const emptyDraft = (): NoteDraft => ({ text: '', baseVersion: 0, status: 'saved', theirs: null, error: null });

/** The server's notes, with anything this device kept unsent laid over them (a conflict when someone saved since). */
function initialDrafts(options: { focusGroupId: string; questionKeys: readonly string[]; serverNotes: readonly FocusGroupNote[] }): Record<string, NoteDraft> {
  const unsent = readUnsent(options.focusGroupId);
  const drafts: Record<string, NoteDraft> = {};
  for (const key of options.questionKeys) {
    const server = options.serverNotes.find((note) => note.question_key === key);
    const draft: NoteDraft = { ...emptyDraft(), text: server?.text ?? '', baseVersion: server?.version ?? 0 };
    const local = unsent[key];
    if (local && local.text !== draft.text) {
      if (local.baseVersion === draft.baseVersion || !server) Object.assign(draft, { text: local.text, status: 'unsaved' });
      else Object.assign(draft, { text: local.text, status: 'conflict', theirs: server ?? null });
    }
    drafts[key] = draft;
  }
  return drafts;
}
