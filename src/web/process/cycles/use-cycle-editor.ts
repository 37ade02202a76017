import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { CycleDeliverable, CycleDetail, CyclePhase, CycleSession, CycleStep } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { isConflict, processApi, type ItemKind } from './process-api';

export type CycleItem = CyclePhase | CycleStep | CycleSession | CycleDeliverable;

/** What the add/edit dialog is open for. */
export type EditTarget = { mode: 'add'; kind: ItemKind; phase: CyclePhase | null } | { mode: 'edit'; kind: ItemKind; item: CycleItem };

export interface RemoveTarget {
  kind: ItemKind;
  item: CycleItem;
}

/** How a person recognises an item: a phase, session or deliverable by its name, a step by its text. */
export const itemName = (item: CycleItem) => ('text' in item ? item.text : item.name);

/** The items an item is ordered among: the phases, or its kind's items in its phase. */
export function siblingsOf(cycle: CycleDetail, kind: ItemKind, phaseId: string | null): CycleItem[] {
  if (kind === 'phase') return cycle.phases;
  const list: Array<CycleStep | CycleSession | CycleDeliverable> = kind === 'step' ? cycle.steps : kind === 'session' ? cycle.sessions : cycle.deliverables;
  return list.filter((item) => item.phaseId === phaseId);
}


/** Brings focus back to a control after the list re-rendered (a moved item's DOM node is moved too). */
function focusLater(selectors: string[]) {
  requestAnimationFrame(() => {
    for (const selector of selectors) {
      const element = document.querySelector<HTMLElement>(selector);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        return;
      }
    }
  });
}

/**
 * The planner's edits of a cycle's structure: the dialogs' targets, reordering, removing and
 * ticking steps. A 409 (someone saved first) reloads the cycle and says so.
 */
export function useCycleEditor(cycleId: string, cycle: CycleDetail, reload: () => Promise<void>, isAdapting: boolean) {
  const t = useT();
  const say = useAnnounce();
  const [target, setTarget] = useState<EditTarget | null>(null);
  const [removing, setRemoving] = useState<RemoveTarget | null>(null);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const run = async (key: string, request: () => Promise<unknown>, confirmation: string) => {
    setBusyKey(key);
    setError(null);
    try {
      await request();
      await reload();
      say(confirmation);
      return true;
    } catch (cause) {
      const apiError = ApiError.from(cause);
      setError(apiError);
      if (isConflict(apiError)) await reload();
      return false;
    } finally {
      setBusyKey(null);
    }
  };

  const move = async (kind: ItemKind, item: CycleItem, delta: -1 | 1) => {
    const siblings = siblingsOf(cycle, kind, 'phaseId' in item ? item.phaseId : null);
    const position = siblings.findIndex((s) => s.id === item.id) + delta;
    if (position < 0 || position >= siblings.length) return;
    const done = await run(`move-${item.id}`, () => api.post(processApi.moveItem(cycleId, kind, item.id), { version: item.version, position }), t('cycleEdit.moved', { name: itemName(item), position: position + 1 }));
    if (done) focusLater([`[data-move="${item.id}:${delta}"]`, `[data-move="${item.id}:${-delta}"]`]);
  };

  const remove = async ({ kind, item }: RemoveTarget) => {
    const phaseId = 'phaseId' in item ? item.phaseId : null;
    const done = await run(`remove-${item.id}`, () => api.delete(processApi.item(cycleId, kind, item.id)), t('cycleEdit.removed', { name: itemName(item) }));
    setRemoving(null);
    // The removed item's controls are gone; the list's "add" button is the nearest place to be.
    if (done) focusLater([kind === 'phase' ? '#add-phase' : `#add-${kind}-${phaseId}`, '#checklist-heading']);
  };

  const toggleStep = (step: CycleStep) =>
    run(`step-${step.id}`, () => api.patch(processApi.item(cycleId, 'step', step.id), { version: step.version, changes: { isDone: !step.isDone } }), t(step.isDone ? 'cycleEdit.stepNotDone' : 'cycleEdit.stepDone', { text: step.text }));

  return { isAdapting, target, setTarget, removing, setRemoving, busyKey, error, setError, move, remove, toggleStep, reload };
}

export type CycleEditor = ReturnType<typeof useCycleEditor>;
