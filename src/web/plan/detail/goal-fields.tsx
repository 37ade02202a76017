import { useT } from '../../app/i18n/i18n-provider';
import { useDraft } from '../fields/draft-context';
import { DraftJson, DraftSelect, DraftTextArea } from '../fields/draft-inputs';
import { useChoices } from '../fields/choices';
import { titleOf } from '../plans/level-names';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { EvidenceFields } from './evidence-fields';

/** A goal, an interim goal (which names the goal it leads) or a guardrail. */
export function GoalFields({ elementId }: { elementId: string }) {
  const t = useT();
  const draft = useDraft();
  const choices = useChoices();
  const { index } = usePlanWorkspace();
  const isInterim = draft.get('kind') === 'interim_goal';
  // An interim goal leads a goal of kind "goal" (or with no kind), never itself.
  const parents = (index.children.get(null) ?? [])
    .filter((goal) => goal.id !== elementId && (goal.fields.kind === undefined || goal.fields.kind === 'goal'))
    .map((goal) => ({ value: goal.key, label: `${goal.key} · ${titleOf(goal)}` }));
  return (
    <>
      <DraftTextArea path="title" label={t('planField.title')} isOptional={false} rows={2} />
      <DraftSelect path="kind" label={t('planField.goalKind')} hint={t('planField.goalKindHint')} choices={choices.goalKinds} />
      {(isInterim || draft.get('parent') !== undefined) && (
        <DraftSelect path="parent" label={t('planField.parentGoal')} hint={t('planField.parentGoalHint')} choices={parents} isOptional={false} />
      )}
      <DraftTextArea path="description" label={t('planField.description')} />
      <DraftTextArea path="rationale" label={t('planField.rationale')} hint={t('planField.rationaleHint')} />
      <EvidenceFields />
      <details className="advanced">
        <summary>{t('planField.advanced')}</summary>
        <DraftJson path="extensions" label={t('planField.extensions')} hint={t('planField.extensionsHint')} />
      </details>
    </>
  );
}

