import { useEffect, useState } from 'react';
import { usePolling } from '../datasets/use-polling';

/** Whether the page is on screen now: a tab in the background or a locked phone is not. */
function usePageVisible(): boolean {
  const [isVisible, setIsVisible] = useState(() => document.visibilityState === 'visible');
  useEffect(() => {
    const changed = () => setIsVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', changed);
    return () => document.removeEventListener('visibilitychange', changed);
  }, []);
  return isVisible;
}

/**
 * Reads the board again every few seconds while the page is visible (what the room writes shows
 * up live), and not at all while it is hidden: a facilitator's laptop left open in another tab
 * does not keep the server busy.
 */
export function useVisiblePolling(isActive: boolean, poll: () => Promise<void>, everyMs = 3000) {
  const isVisible = usePageVisible();
  usePolling(isActive && isVisible, poll, everyMs);
}
