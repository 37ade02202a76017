import { useCallback, useMemo, useRef, useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { PlanElement, PlanElementKind } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { usePlanErrorMessage } from '../plans/plan-error-alert';
import { levelOf, levelOfKind, titleFieldOf, titleOf } from '../plans/level-names';
import { childrenOf, subtreeIds } from '../plans/outline-index';
import type { MoveTarget } from '../plans/outline-moves';
import { planApi } from '../plans/plan-api';
import { focusWhenShown } from '../plans/focus-when-shown';
import { usePlanWorkspace } from '../plans/plan-workspace-context';

export interface UndoOffer {
  token: string;
  text: string;
  /** The key of the element deleted (the top of the deleted branch), to land on after undoing. */
  key: string;
}

export interface OutlineFeedback {
  tone: 'warning' | 'danger';
  text: string;
}

/**
 * Every structural change of the outline (add, rename, move, delete, undo) with its announcement.
 * One request at a time: a second Alt+ArrowDown while the first is on its way would carry a stale
 * version and be refused as a conflict.
 */
export function useOutlineEditing() {
  const t = useT();
  const say = useAnnounce();
  const describe = usePlanErrorMessage();
  const workspace = usePlanWorkspace();
  const latest = useRef(workspace);
  latest.current = workspace;
  const isBusy = useRef(false);
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [feedback, setFeedback] = useState<OutlineFeedback | null>(null);

  const run = useCallback(
    async <T,>(operation: () => Promise<T>): Promise<T | null> => {
      if (isBusy.current) return null;
      isBusy.current = true;
      setFeedback(null);
      try {
        return await operation();
      } catch (error) {
        const apiError = ApiError.from(error);
        if (apiError.code === 'conflict') {
          // The outline on screen is out of date: show the latest before anyone tries again.
          await latest.current.reloadPlan();
          setFeedback({ tone: 'warning', text: t('outline.conflict') });
        } else {
          setFeedback({ tone: 'danger', text: describe(apiError) });
        }
        return null;
      } finally {
        isBusy.current = false;
      }
    },
    [describe, t],
  );

  const create = useCallback(
    (kind: PlanElementKind, parentId: string | null, title: string) =>
      run(async () => {
        const { plan, addElement, refreshChecks, index, levelNames } = latest.current;
        const element = await api.post<PlanElement>(planApi.elements(plan.id), { kind, parentId, fields: { [titleFieldOf(kind)]: title } });
        addElement(element);
        refreshChecks();
        const parent = parentId ? index.byId.get(parentId) : undefined;
        say(parent ? t('outline.addedUnder', { level: levelOfKind(levelNames, kind), title, parent: titleOf(parent) }) : t('outline.added', { level: levelOfKind(levelNames, kind), title }));
        return element;
      }),
    [run, say, t],
  );

  const rename = useCallback(
    (element: PlanElement, title: string) =>
      run(async () => {
        const updated = await api.patch<PlanElement>(planApi.element(latest.current.plan.id, element.id), {
          version: element.version,
          fields: { ...element.fields, [titleFieldOf(element.kind)]: title },
        });
        latest.current.replaceElements([updated]);
        latest.current.refreshChecks();
        say(t('outline.renamed', { title }));
        return updated;
      }),
    [run, say, t],
  );

  const move = useCallback(
    (element: PlanElement, target: MoveTarget) =>
      run(async () => {
        const result = await api.post<{ elements: PlanElement[] }>(planApi.move(latest.current.plan.id, element.id), { version: element.version, ...target });
        latest.current.replaceElements(result.elements);
        const { index, levelNames } = latest.current;
        const parent = target.parentId ? index.byId.get(target.parentId) : undefined;
        const count = childrenOf(index, target.parentId, element.kind).length + (element.parentId === target.parentId ? 0 : 1);
        const where = { title: titleOf(element), position: target.position + 1, count, parent: parent ? titleOf(parent) : '', level: levelOf(levelNames, element) };
        say(parent ? t('outline.movedUnder', where) : t('outline.moved', where));
        return result.elements;
      }),
    [run, say, t],
  );

  const remove = useCallback(
    (element: PlanElement) =>
      run(async () => {
        const { plan, index, removeElements, refreshChecks } = latest.current;
        // api.delete is typed for 204 answers; this one answers 200 with the undo token.
        const result = (await api.delete(planApi.element(plan.id, element.id))) as unknown as { undoToken: string; deleted: string[] };
        const ids = subtreeIds(index, element);
        removeElements(ids);
        refreshChecks();
        const others = ids.size - 1;
        const text = others > 0 ? t('outline.deletedWithChildren', { title: titleOf(element), count: others }) : t('outline.deleted', { title: titleOf(element) });
        setUndo({ token: result.undoToken, text, key: element.key });
        return result;
      }),
    [run, t],
  );

  const undoDelete = useCallback(
    (offer: UndoOffer) =>
      run(async () => {
        const { plan, reloadPlan, refreshChecks } = latest.current;
        const result = await api.post<{ restored: string[] }>(planApi.undoDelete(plan.id), { undoToken: offer.token });
        setUndo(null);
        await reloadPlan();
        refreshChecks();
        say(t('outline.restored', { count: result.restored.length }));
        // The Undo button is gone with its toast; the reader lands on what came back.
        focusWhenShown(`.outline-tree [data-key="${CSS.escape(offer.key)}"]`);
        return result;
      }),
    [run, say, t],
  );

  return useMemo(
    () => ({ create, rename, move, remove, undoDelete, undo, dismissUndo: () => setUndo(null), feedback, clearFeedback: () => setFeedback(null) }),
    [create, rename, move, remove, undoDelete, undo, feedback],
  );
}

export type OutlineEditing = ReturnType<typeof useOutlineEditing>;
