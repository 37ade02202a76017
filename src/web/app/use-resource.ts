import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from './api';

export interface Resource<T> {
  data: T | null;
  error: ApiError | null;
  isLoading: boolean;
  /** Fetches again, keeping the current data on screen until the new data arrives. */
  reload: () => Promise<void>;
  /** Replaces the data locally after a write whose response already says what changed. */
  setData: (update: T | ((current: T | null) => T | null)) => void;
}

/** Loads one GET endpoint for a component; a null path waits (for example until a permission is known). */
export function useResource<T>(path: string | null): Resource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [isLoading, setIsLoading] = useState(path !== null);
  const latestPath = useRef(path);
  latestPath.current = path;

  const load = useCallback(async (target: string, signal?: AbortSignal) => {
    setIsLoading(true);
    try {
      const result = await api.get<T>(target, signal);
      if (latestPath.current !== target) return;
      setData(result);
      setError(null);
    } catch (cause) {
      if (signal?.aborted || latestPath.current !== target) return;
      setError(ApiError.from(cause));
    } finally {
      if (!signal?.aborted && latestPath.current === target) setIsLoading(false);
    }
  }, []);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setData(null);
    void load(path, controller.signal);
    return () => controller.abort();
  }, [path, load]);

  const reload = useCallback(async () => {
    if (latestPath.current !== null) await load(latestPath.current);
  }, [load]);

  return { data, error, isLoading, reload, setData };
}
