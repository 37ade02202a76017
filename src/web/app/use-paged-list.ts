import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, withQuery } from './api';

interface Page<T> {
  items: T[];
  nextBefore: string | null;
}

export interface PagedList<T> {
  items: T[];
  isLoading: boolean;
  isLoadingMore: boolean;
  error: ApiError | null;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

/**
 * Newest-first lists paged with a `before` cursor (audit log, outbox). The first page reloads when
 * the path (with its filters) changes; "load more" appends the next page under what is shown.
 */
export function usePagedList<Body, T>(path: string | null, pick: (body: Body) => Page<T>, pageSize = 50): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [nextBefore, setNextBefore] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(path !== null);
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [generation, setGeneration] = useState(0);
  // `pick` is a pure accessor that callers write inline; a ref keeps it from refetching every render.
  const pickRef = useRef(pick);
  pickRef.current = pick;

  const fetchPage = useCallback(
    async (before: string | null, signal?: AbortSignal) => {
      const body = await api.get<Body>(withQuery(path ?? '', { before, limit: pageSize }), signal);
      return pickRef.current(body);
    },
    [path, pageSize],
  );

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setIsLoading(true);
    setItems([]);
    setError(null);
    fetchPage(null, controller.signal)
      .then((page) => {
        setItems(page.items);
        setNextBefore(page.nextBefore);
      })
      .catch((cause: unknown) => {
        if (!controller.signal.aborted) setError(ApiError.from(cause));
      })
      .finally(() => {
        if (!controller.signal.aborted) setIsLoading(false);
      });
    return () => controller.abort();
  }, [path, fetchPage, generation]);

  const loadMore = () => {
    if (!nextBefore || isLoadingMore) return;
    setIsLoadingMore(true);
    fetchPage(nextBefore)
      .then((page) => {
        setItems((current) => [...current, ...page.items]);
        setNextBefore(page.nextBefore);
      })
      .catch((cause: unknown) => setError(ApiError.from(cause)))
      .finally(() => setIsLoadingMore(false));
  };

  return {
    items,
    isLoading,
    isLoadingMore,
    error,
    hasMore: nextBefore !== null,
    loadMore,
    reload: () => setGeneration((value) => value + 1),
  };
}
