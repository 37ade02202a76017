import { useState } from 'react';
import { api, ApiError } from '../app/api';

/**
 * Removing something after the person confirms it (a bank strategy, a benchmark, a share), then
 * reloading the list; the failure is kept for the page to show above the list.
 */
export function useConfirmedRemoval(reload: () => Promise<void>) {
  const [failure, setFailure] = useState<ApiError | null>(null);
  const remove = async (question: string, path: string) => {
    if (!window.confirm(question)) return;
    setFailure(null);
    try {
      await api.delete(path);
      await reload();
    } catch (cause) {
      setFailure(ApiError.from(cause));
    }
  };
  return { failure, remove };
}
