import type { FieldChange, PlanLifecycle } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { describeValue, useFieldLabel } from '../plans/field-labels';
import { lifecycleLabel } from '../plans/plan-lifecycle';
import { WordDiff } from './word-diff';

/** One changed field: the words that changed inside a text, or the value before and after. */
export function FieldChangeItem({ change }: { change: FieldChange }) {
  const { t, locale } = useI18n();
  const fieldLabel = useFieldLabel();
  // The plan's status is a lifecycle word; show it in the reader's language, not as a code.
  const shown = (value: unknown) =>
    change.field === 'status' && typeof value === 'string' && value in lifecycleLabel ? t(lifecycleLabel[value as PlanLifecycle]) : describeValue(value, locale, t('value.empty'));
  return (
    <div className="field-change">
      <dt>{fieldLabel(change.field)}</dt>
      <dd>
        {change.textDiff && change.field !== 'status' ? (
          <WordDiff parts={change.textDiff} />
        ) : (
          <dl className="before-after">
            <div>
              <dt>{t('diff.before')}</dt>
              <dd>
                <del>{shown(change.before)}</del>
              </dd>
            </div>
            <div>
              <dt>{t('diff.after')}</dt>
              <dd>
                <ins>{shown(change.after)}</ins>
              </dd>
            </div>
          </dl>
        )}
      </dd>
    </div>
  );
}
