import { useEffect } from 'react';

/** Calls `poll` every second while `isActive` (an import running), and stops when it is not. */
export function usePolling(isActive: boolean, poll: () => Promise<void>, everyMs = 1000) {
  useEffect(() => {
    if (!isActive) return;
    let isStopped = false;
    let timer: ReturnType<typeof setTimeout>;
    // One request at a time: the next waits for the last answer, so a slow server is not flooded.
    const tick = async () => {
      await poll().catch(() => undefined);
      if (!isStopped) timer = setTimeout(() => void tick(), everyMs);
    };
    timer = setTimeout(() => void tick(), everyMs);
    return () => {
      isStopped = true;
      clearTimeout(timer);
    };
  }, [isActive, poll, everyMs]);
}
