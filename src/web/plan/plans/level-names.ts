import { useMemo } from 'react';
import type { PlanElement, PlanElementKind, PlanHeaderFields } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { ownLevelName } from '../../../core/plan/level-words';

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
 * interface language: they are the district's vocabulary, printed on its documents. The English
 * defaults a plan may carry ("Goal", "Action step") are not a choice of words, so another
 * language says its own (ownLevelName).
 */
export function useLevelNames(plan: PlanHeaderFields | undefined): LevelNames {
  const { t, locale } = useI18n();
  const names = plan?.level_names;
  return useMemo(
    () => ({
      goal: ownLevelName(names, 'goal', locale) ?? t('level.goal'),
      measure: ownLevelName(names, 'measure', locale) ?? t('level.measure'),
      strategy: ownLevelName(names, 'strategy', locale) ?? t('level.strategy'),
      action: ownLevelName(names, 'action', locale) ?? t('level.action'),
      interimGoal: t('level.interimGoal'),
      guardrail: t('level.guardrail'),
    }),
    [names, locale, t],
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
