import { useT } from '../../app/i18n/i18n-provider';
import { usePlanWorkspace } from '../plans/plan-workspace-context';

/** "4 Goals · 9 Measures · 5 Strategies · 14 Actions", in the plan's own level names. */
export function OutlineSummary() {
  const t = useT();
  const { index, levelNames } = usePlanWorkspace();
  const counts = { goal: 0, measure: 0, strategy: 0, action: 0 };
  for (const element of index.inOrder) counts[element.kind] += 1;
  const parts = (['goal', 'measure', 'strategy', 'action'] as const).map((kind) => t('outline.count', { count: counts[kind], level: levelNames[kind] }));
  return <p>{parts.join(' · ')}</p>;
}
