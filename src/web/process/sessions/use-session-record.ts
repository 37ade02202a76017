import { useCallback, useRef, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useAnnounce } from '../../app/ui/announcer';
import { useResource } from '../../app/use-resource';
import { isConflict } from '../cycles/process-api';
import { sessionsApi, type SessionRecord } from './sessions-api';

export type RecordChanges = Partial<Pick<SessionRecord, 'place' | 'meetingLink' | 'startTime' | 'agenda' | 'minutes' | 'decisions'>>;

/** What a section is told after it sends something: nothing went wrong (null) or why it failed. */
export type SaveOutcome = ApiError | null;


/**
 * One session's record and the writes of its sections. Every save carries the session's latest
 * version; a 409 puts the other person's record on screen (the section says what happened).
 */
export function useSessionRecord(cycleId: string, sessionId: string) {
  const say = useAnnounce();
  const record = useResource<SessionRecord>(sessionsApi.record(cycleId, sessionId));
  const [hasConflict, setHasConflict] = useState(false);
  const latest = useRef(record.data);
  latest.current = record.data;

  const run = useCallback(
    async (request: () => Promise<SessionRecord | void>, confirmation: string): Promise<SaveOutcome> => {
      setHasConflict(false);
      try {
        const next = await request();
        if (next) record.setData(next);
        else await record.reload();
        say(confirmation);
        return null;
      } catch (cause) {
        const error = ApiError.from(cause);
        if (isConflict(error)) {
          setHasConflict(true);
          const current = (error.body as { current?: SessionRecord }).current;
          if (current?.session) record.setData(current);
          else await record.reload();
        }
        return error;
      }
    },
    [record, say],
  );

  const save = useCallback(
    (changes: RecordChanges, confirmation: string, version?: number) =>
      run(() => api.patch<SessionRecord>(sessionsApi.record(cycleId, sessionId), { version: version ?? latest.current?.session.version ?? 0, ...changes }), confirmation),
    [run, cycleId, sessionId],
  );

  return { record, run, save, hasConflict, dismissConflict: () => setHasConflict(false) };
}
