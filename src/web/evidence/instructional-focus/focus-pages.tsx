import { essaTiers, focusLimits as limits } from '../../../core/evidence/instructional-focus/focus-limits';
import type { InstructionalFocus } from '../../../core/evidence/instructional-focus/instructional-focus';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { SelectField } from '../../app/ui/field';
import { Icon } from '../../app/ui/icons';
import { LimitedText, TextList, type FieldErrors } from './focus-fields';

export interface PlanChoice {
  key: string;
  title: string;
}

interface PageProps {
  focus: InstructionalFocus;
  errors: FieldErrors;
  onChange: (focus: InstructionalFocus) => void;
}

const choicesOf = (choices: readonly PlanChoice[], none: string) => [{ value: '', label: none }, ...choices.map((choice) => ({ value: choice.key, label: `${choice.key} · ${choice.title}` }))];

/** Page 1: the goal it serves, the focus itself, for whom and why. */
export function FocusPageFields({ focus, errors, onChange, goals }: PageProps & { goals: readonly PlanChoice[] }) {
  const t = useT();
  const page = focus.focus;
  const set = (change: Partial<InstructionalFocus['focus']>) => onChange({ ...focus, focus: { ...page, ...change } });
  return (
    <div className="stack">
      <LimitedText label={t('focus.goal')} name="goal" path="/focus/focus/goal" value={page.goal} max={limits.focus.goal} errors={errors} onChange={(goal) => set({ goal })} />
      {goals.length > 0 && (
        <SelectField label={t('focus.goalKey')} name="goalKey" isOptional value={page.goalKey ?? ''} options={choicesOf(goals, t('focus.noPlanElement'))} error={errors.get('/focus/focus/goalKey')} onChange={(event) => set({ goalKey: event.target.value || null })} />
      )}
      <LimitedText label={t('focus.statement')} name="statement" path="/focus/focus/statement" value={page.statement} max={limits.focus.statement} errors={errors} hint={t('focus.statementHint')} onChange={(statement) => set({ statement })} />
      <LimitedText label={t('focus.students')} name="students" path="/focus/focus/students" value={page.students} max={limits.focus.students} errors={errors} onChange={(students) => set({ students })} />
      <LimitedText label={t('focus.rationale')} name="rationale" path="/focus/focus/rationale" value={page.rationale} max={limits.focus.rationale} errors={errors} onChange={(rationale) => set({ rationale })} />
    </div>
  );
}

/** Page 2: what the data and the community say, what works, and the vital signs to watch. */
export function EvidencePageFields({ focus, errors, onChange }: PageProps) {
  const t = useT();
  const page = focus.evidence;
  const set = (change: Partial<InstructionalFocus['evidence']>) => onChange({ ...focus, evidence: { ...page, ...change } });
  return (
    <div className="stack">
      <TextList label={t('focus.dataFindings')} name="dataFindings" path="/focus/evidence/dataFindings" items={page.dataFindings} limit={limits.evidence.dataFindings} errors={errors} onChange={(dataFindings) => set({ dataFindings })} />
      <TextList label={t('focus.whatWorks')} name="whatWorks" path="/focus/evidence/whatWorks" items={page.whatWorks} limit={limits.evidence.whatWorks} errors={errors} onChange={(whatWorks) => set({ whatWorks })} />
      <TextList label={t('focus.vitalSigns')} name="vitalSigns" path="/focus/evidence/vitalSigns" items={page.vitalSigns} limit={limits.evidence.vitalSigns} errors={errors} onChange={(vitalSigns) => set({ vitalSigns })} />
    </div>
  );
}

type Strategy = InstructionalFocus['strategies']['strategies'][number];
const newStrategy = (): Strategy => ({ name: '', description: '', essaTier: null, strategyKey: null, lookFors: [] });

/** Page 3: up to three strategies, each with its ESSA evidence tier, its place in the plan and its look-fors. */
export function StrategiesPageFields({ focus, errors, onChange, strategies: planStrategies }: PageProps & { strategies: readonly PlanChoice[] }) {
  const t = useT();
  const list = focus.strategies.strategies;
  const setList = (strategies: Strategy[]) => onChange({ ...focus, strategies: { strategies } });
  const set = (index: number, change: Partial<Strategy>) => setList(list.map((strategy, at) => (at === index ? { ...strategy, ...change } : strategy)));
  return (
    <div className="stack">
      {list.map((strategy, index) => {
        const path = `/focus/strategies/strategies/${index}`;
        return (
          <fieldset key={index} className="focus-strategy">
            <legend>{t('focus.strategyNumber', { number: index + 1 })}</legend>
            <LimitedText label={t('focus.strategyName')} name={`strategy-${index}-name`} path={`${path}/name`} value={strategy.name} max={limits.strategies.name} errors={errors} isMultiline={false} onChange={(name) => set(index, { name })} />
            <LimitedText label={t('focus.strategyDescription')} name={`strategy-${index}-description`} path={`${path}/description`} value={strategy.description} max={limits.strategies.description} errors={errors} onChange={(description) => set(index, { description })} />
            <div className="focus-two-columns">
              <SelectField
                label={t('focus.essaTier')}
                name={`strategy-${index}-tier`}
                isOptional
                value={strategy.essaTier ?? ''}
                options={[{ value: '', label: t('focus.noTier') }, ...essaTiers.map((tier) => ({ value: tier, label: t(`focus.tier.${tier}`) }))]}
                error={errors.get(`${path}/essaTier`)}
                onChange={(event) => set(index, { essaTier: (event.target.value || null) as Strategy['essaTier'] })}
              />
              {planStrategies.length > 0 && (
                <SelectField label={t('focus.strategyKey')} name={`strategy-${index}-key`} isOptional value={strategy.strategyKey ?? ''} options={choicesOf(planStrategies, t('focus.noPlanElement'))} error={errors.get(`${path}/strategyKey`)} onChange={(event) => set(index, { strategyKey: event.target.value || null })} />
              )}
            </div>
            <TextList label={t('focus.lookFors')} name={`strategy-${index}-lookFors`} path={`${path}/lookFors`} items={strategy.lookFors} limit={limits.strategies.lookFors} errors={errors} onChange={(lookFors) => set(index, { lookFors })} />
            <div>
              <Button size="small" variant="secondary" onClick={() => setList(list.filter((_, at) => at !== index))}>
                <Icon name="close" size={16} />
                {t('focus.removeStrategy', { number: index + 1 })}
              </Button>
            </div>
          </fieldset>
        );
      })}
      {list.length < limits.strategies.items ? (
        <div>
          <Button size="small" onClick={() => setList([...list, newStrategy()])}>
            <Icon name="plus" size={16} />
            {t('focus.addStrategy')}
          </Button>
        </div>
      ) : (
        <p className="muted">{t('focus.listFull', { count: limits.strategies.items })}</p>
      )}
    </div>
  );
}

type Commitment = InstructionalFocus['commitments']['commitments'][number];

/** Page 4: who commits to what, the support they will have, and the check-points. */
export function CommitmentsPageFields({ focus, errors, onChange }: PageProps) {
  const t = useT();
  const page = focus.commitments;
  const set = (change: Partial<InstructionalFocus['commitments']>) => onChange({ ...focus, commitments: { ...page, ...change } });
  const setCommitment = (index: number, change: Partial<Commitment>) => set({ commitments: page.commitments.map((entry, at) => (at === index ? { ...entry, ...change } : entry)) });
  return (
    <div className="stack">
      <fieldset className="focus-list">
        <legend>{t('focus.commitments')}</legend>
        {page.commitments.map((entry, index) => {
          const path = `/focus/commitments/commitments/${index}`;
          return (
            <div key={index} className="focus-commitment">
              <LimitedText label={t('focus.who')} name={`commitment-${index}-who`} path={`${path}/who`} value={entry.who} max={limits.commitments.who} errors={errors} isMultiline={false} hint={t('focus.whoHint')} onChange={(who) => setCommitment(index, { who })} />
              <LimitedText label={t('focus.commitment')} name={`commitment-${index}-text`} path={`${path}/commitment`} value={entry.commitment} max={limits.commitments.commitment} errors={errors} onChange={(commitment) => setCommitment(index, { commitment })} />
              <div>
                <Button size="small" variant="secondary" onClick={() => set({ commitments: page.commitments.filter((_, at) => at !== index) })}>
                  <Icon name="close" size={16} />
                  {t('focus.removeCommitment', { number: index + 1 })}
                </Button>
              </div>
            </div>
          );
        })}
        {page.commitments.length < limits.commitments.items ? (
          <div>
            <Button size="small" onClick={() => set({ commitments: [...page.commitments, { who: '', commitment: '' }] })}>
              <Icon name="plus" size={16} />
              {t('focus.addCommitment')}
            </Button>
          </div>
        ) : (
          <p className="muted">{t('focus.listFull', { count: limits.commitments.items })}</p>
        )}
      </fieldset>
      <TextList label={t('focus.support')} name="support" path="/focus/commitments/support" items={page.support} limit={limits.commitments.support} errors={errors} onChange={(support) => set({ support })} />
      <TextList label={t('focus.checkpoints')} name="checkpoints" path="/focus/commitments/checkpoints" items={page.checkpoints} limit={limits.commitments.checkpoints} errors={errors} onChange={(checkpoints) => set({ checkpoints })} />
    </div>
  );
}
