import { useMemo } from 'react';
import type { PlanElement, PlanElementKind, PlanHeaderFields } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';

export interface LevelNames {
  goal: string;
  measure: string;
  strategy: string;
  action: string;
  interimGoal: string;
  guardrail: string;
}

/**
 * What this plan calls each level ("Priority" instead of "Goal"). The plan's own words win over the
 * interface language: they are the district's vocabulary, printed on its documents.
 */
export function useLevelNames(plan: PlanHeaderFields | undefined): LevelNames {
  const t = useT();
  const names = plan?.level_names;
  return useMemo(
    () => ({
      goal: names?.goal || t('level.goal'),
      measure: names?.measure || t('level.measure'),
      strategy: names?.strategy || t('level.strategy'),
      action: names?.action || t('level.action'),
      interimGoal: t('level.interimGoal'),
      guardrail: t('level.guardrail'),
    }),
    [names?.goal, names?.measure, names?.strategy, names?.action, t],
  );
}

/** The level name of one element, telling interim goals and guardrails from goals. */
export function levelOf(names: LevelNames, element: Pick<PlanElement, 'kind' | 'fields'>): string {
  if (element.kind === 'goal') {
    if (element.fields.kind === 'interim_goal') return names.interimGoal;
    if (element.fields.kind === 'guardrail') return names.guardrail;
  }
  return names[element.kind];
}

export function levelOfKind(names: LevelNames, kind: PlanElementKind): string {
  return names[kind];
}

/** Measures have a name, every other element a title. */
export function titleOf(element: Pick<PlanElement, 'kind' | 'fields'>): string {
  const value = element.kind === 'measure' ? element.fields.name : element.fields.title;
  return typeof value === 'string' ? value : '';
}

export function titleFieldOf(kind: PlanElementKind): 'name' | 'title' {
  return kind === 'measure' ? 'name' : 'title';
}
