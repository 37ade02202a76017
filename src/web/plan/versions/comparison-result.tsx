import type { ComparedElement, PlanComparison } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { PlanErrorAlert } from '../plans/plan-error-alert';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { levelOfKind } from '../plans/level-names';
import { planApi } from '../plans/plan-api';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { FieldChangeItem } from './field-change';

/** What changed between two versions: plan-level fields, then elements added, removed, moved and changed. */
export function ComparisonResult({ from, to, title }: { from: string; to: string; title: string }) {
  const t = useT();
  const { plan, levelNames } = usePlanWorkspace();
  const comparison = useResource<PlanComparison>(planApi.compare(plan.id, from, to));
  const data = comparison.data;
  const label = (item: ComparedElement) => `${levelOfKind(levelNames, item.kind)} ${item.key}: ${item.title}`;

  return (
    <section className="card" aria-labelledby="comparison-heading" aria-busy={comparison.isLoading}>
      <div className="card-header">
        <div>
          <h3 id="comparison-heading">{title}</h3>
          {data && (
            <p>
              {t('versions.summary', { added: data.added.length, removed: data.removed.length, changed: data.changed.length, moved: data.moved.length, header: data.plan.length })}
            </p>
          )}
        </div>
      </div>
      <div className="card-body stack">
        {comparison.isLoading && !data && <Loading />}
        {comparison.error && <PlanErrorAlert error={comparison.error} title={t('versions.compareFailed')} />}
        {data?.isSame && (
          <Alert tone="info" announce="none">
            {t('versions.noDifferences')}
          </Alert>
        )}
        {data && (
          <>
            <p className="diff-legend muted">{t('diff.legend')}</p>
            {data.plan.length > 0 && (
              <div>
                <h4 className="change-heading">{t('versions.headerChanges')}</h4>
                <dl className="field-changes">
                  {data.plan.map((change) => (
                    <FieldChangeItem key={change.field} change={change} />
                  ))}
                </dl>
              </div>
            )}
            <ElementList title={t('versions.added', { count: data.added.length })} items={data.added} label={label} tone="added" />
            <ElementList title={t('versions.removed', { count: data.removed.length })} items={data.removed} label={label} tone="removed" />
            <ElementList title={t('versions.moved', { count: data.moved.length })} items={data.moved} label={label} tone="moved" />
            {data.changed.length > 0 && (
              <div>
                <h4 className="change-heading">{t('versions.changed', { count: data.changed.length })}</h4>
                <ul className="changed-elements">
                  {data.changed.map((item) => (
                    <li key={item.key}>
                      <p className="changed-element-title">{label(item)}</p>
                      <dl className="field-changes">
                        {item.changes.map((change) => (
                          <FieldChangeItem key={change.field} change={change} />
                        ))}
                      </dl>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
      </div>
    </section>
  );
}

function ElementList({ title, items, label, tone }: { title: string; items: ComparedElement[]; label: (item: ComparedElement) => string; tone: string }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h4 className="change-heading">{title}</h4>
      <ul className={`change-list is-${tone}`}>
        {items.map((item) => (
          <li key={item.key}>{label(item)}</li>
        ))}
      </ul>
    </div>
  );
}
