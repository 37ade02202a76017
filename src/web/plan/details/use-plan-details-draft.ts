import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { PlanDetail, PlanHeaderFields } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import type { Draft } from '../fields/draft-context';
import { errorsByPath, getIn, isSameJson, setIn } from '../fields/draft-path';
import { planApi } from '../plans/plan-api';
import { usePlanWorkspace } from '../plans/plan-workspace-context';

/** Status and adoption follow the lifecycle (transitions); they are shown, never typed. */
const lifecycleFields = new Set(['status', 'adopted']);

/** Only the fields that differ are sent; null removes a field, as PATCH /api/plans/:planId says. */
export function changesBetween(base: PlanHeaderFields, draft: PlanHeaderFields): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  const names = new Set([...Object.keys(base), ...Object.keys(draft)]);
  for (const name of names) {
    if (lifecycleFields.has(name)) continue;
    const before = (base as Record<string, unknown>)[name];
    const after = (draft as Record<string, unknown>)[name];
    if (!isSameJson(before, after)) changes[name] = after === undefined ? null : after;
  }
  return changes;
}

/** The plan-level fields being edited; a 409 keeps the draft and shows the colleague's version. */
export function usePlanDetailsDraft() {
  const t = useT();
  const say = useAnnounce();
  const { plan, permissions, setPlan, refreshChecks } = usePlanWorkspace();
  const [base, setBase] = useState(plan);
  const [fields, setFields] = useState<PlanHeaderFields>(plan.header.plan);
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState<PlanDetail | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const changes = useMemo(() => changesBetween(base.header.plan, fields), [base, fields]);
  const isDirty = Object.keys(changes).length > 0;
  const isDirtyRef = useRef(isDirty);
  isDirtyRef.current = isDirty;

  const adopt = useCallback((next: PlanDetail) => {
    setBase(next);
    setFields(next.header.plan);
  }, []);

  // Element edits elsewhere may move the plan's version on; with nothing typed, follow along.
  useEffect(() => {
    if (plan.version !== base.version && !isDirtyRef.current) adopt(plan);
    else if (plan.version !== base.version && isSameJson(plan.header.plan, base.header.plan)) setBase(plan);
  }, [plan, base, adopt]);

  const save = useCallback(
    async (version: number) => {
      setIsSaving(true);
      setError(null);
      try {
        const updated = await api.patch<PlanDetail>(planApi.plan(plan.id), { version, changes: changesBetween(base.header.plan, fields) });
        isDirtyRef.current = false;
        setPlan(updated);
        adopt(updated);
        setConflict(null);
        refreshChecks();
        say(t('detail.saved'));
      } catch (cause) {
        const apiError = ApiError.from(cause);
        if (apiError.code === 'conflict' && apiError.body.current) setConflict(apiError.body.current as PlanDetail);
        else setError(apiError);
      } finally {
        setIsSaving(false);
      }
    },
    [plan.id, base, fields, setPlan, adopt, refreshChecks, say, t],
  );

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    setPlan(conflict);
    adopt(conflict);
    setConflict(null);
  }, [conflict, setPlan, adopt]);

  const fieldErrors = useMemo(() => (error ? errorsByPath(error.details, '/changes/') : {}), [error]);
  const draft = useMemo<Draft>(
    () => ({
      get: (path) => getIn(fields, path),
      set: (path, value) => {
        setFields((current) => setIn(current, path, value));
        setMissing((current) => (path in current ? Object.fromEntries(Object.entries(current).filter(([name]) => name !== path)) : current));
      },
      errorAt: (path) => missing[path] ?? fieldErrors[path],
      isReadOnly: !permissions.canEdit,
    }),
    [fields, fieldErrors, missing, permissions.canEdit],
  );

  return { draft, base, fields, isDirty, isDirtyRef, isSaving, error, conflict, save, takeTheirs, discard: () => adopt(base), clearError: () => setError(null), markMissing: (paths: string[]) => setMissing(Object.fromEntries(paths.map((path) => [path, t('validation.required')]))) };
}
