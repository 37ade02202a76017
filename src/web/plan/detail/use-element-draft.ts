import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { PlanElement } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import type { Draft } from '../fields/draft-context';
import { errorsByPath, getIn, isSameJson, setIn } from '../fields/draft-path';
import { planApi } from '../plans/plan-api';
import { usePlanWorkspace } from '../plans/plan-workspace-context';

/**
 * The editing state of one element, local to its panel so typing re-renders the panel only, never
 * the outline. Saving sends the whole fields object with the version it started from; a 409 keeps
 * the draft and hands over the colleague's version to compare.
 */
export function useElementDraft(element: PlanElement, onKeyChanged: (key: string) => void) {
  const t = useT();
  const say = useAnnounce();
  const { plan, permissions, replaceElements, refreshChecks } = usePlanWorkspace();
  const [base, setBase] = useState(element);
  const [fields, setFields] = useState(element.fields);
  const [key, setKey] = useState(element.key);
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState<PlanElement | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const isDirty = key !== base.key || !isSameJson(fields, base.fields);
  const isDirtyRef = useRef(isDirty);
  isDirtyRef.current = isDirty;

  const adopt = useCallback((next: PlanElement) => {
    setBase(next);
    setFields(next.fields);
    setKey(next.key);
  }, []);

  // A change from elsewhere (a rename in the tree, a move, a reload) is followed; while something
  // is typed here, only a change that left the fields alone (a move) is taken in silently.
  useEffect(() => {
    if (element.version === base.version) return;
    if (!isDirtyRef.current) adopt(element);
    else if (isSameJson(element.fields, base.fields) && element.key === base.key) setBase(element);
  }, [element, base, adopt]);

  const save = useCallback(
    async (version: number) => {
      setIsSaving(true);
      setError(null);
      try {
        const body = { version, fields, ...(key !== base.key ? { key } : {}) };
        const updated = await api.patch<PlanElement>(planApi.element(plan.id, element.id), body);
        isDirtyRef.current = false;
        replaceElements([updated]);
        adopt(updated);
        setConflict(null);
        refreshChecks();
        say(t('detail.saved'));
        if (updated.key !== base.key) onKeyChanged(updated.key);
      } catch (cause) {
        const apiError = ApiError.from(cause);
        if (apiError.code === 'conflict' && apiError.body.current) setConflict(apiError.body.current as PlanElement);
        else setError(apiError);
      } finally {
        setIsSaving(false);
      }
    },
    [fields, key, base.key, plan.id, element.id, replaceElements, adopt, refreshChecks, say, t, onKeyChanged],
  );

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    replaceElements([conflict]);
    adopt(conflict);
    setConflict(null);
    setError(null);
  }, [conflict, replaceElements, adopt]);

  const discard = useCallback(() => {
    adopt(base);
    setError(null);
  }, [adopt, base]);

  const fieldErrors = useMemo(() => (error ? errorsByPath(error.details) : {}), [error]);
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

  return { draft, base, fields, key, setKey, isDirty, isDirtyRef, isSaving, error, conflict, save, takeTheirs, discard, clearError: () => setError(null), markMissing: (paths: string[]) => setMissing(Object.fromEntries(paths.map((path) => [path, t('validation.required')]))) };
}
