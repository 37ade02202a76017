import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { PlanComment } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { planApi } from '../plans/plan-api';
import { usePlanWorkspace } from '../plans/plan-workspace-context';

/** Posting, resolving and reopening comments; the list in the workspace is updated from the answers. */
export function useCommentActions() {
  const t = useT();
  const say = useAnnounce();
  const { plan, comments } = usePlanWorkspace();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const replace = (updated: PlanComment) =>
    comments.setData((current) => current && { comments: current.comments.map((comment) => (comment.id === updated.id ? updated : comment)) });

  const post = async (elementId: string | null, body: string) => {
    const created = await api.post<PlanComment>(planApi.comments(plan.id), { elementId, body });
    comments.setData((current) => ({ comments: [...(current?.comments ?? []), created] }));
    say(t('comments.posted'));
    return created;
  };

  const setResolved = async (comment: PlanComment, resolved: boolean) => {
    setBusyId(comment.id);
    setError(null);
    try {
      replace(await api.patch<PlanComment>(planApi.comment(plan.id, comment.id), { resolved }));
      say(t(resolved ? 'comments.resolvedDone' : 'comments.reopenedDone'));
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setBusyId(null);
    }
  };

  return { post, setResolved, busyId, error, clearError: () => setError(null) };
}
