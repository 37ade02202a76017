import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { constituencies, constituencyLabel, constituencySomeone, type Constituency, type Representation } from './committee-api';

/**
 * What the roster is missing, said in words first (the framework's required groups and the
 * district's own targets), then the count for every group against what it needs.
 */
export function RepresentationPanel({ representation: r, canEdit, onEditTargets }: { representation: Representation; canEdit: boolean; onEditTargets: () => void }) {
  const { t, locale } = useI18n();
  const list = (groups: readonly Constituency[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(groups.map((c) => t(constituencyLabel(c)).toLocaleLowerCase(locale)));
  const targetOf = new Map(r.targets.map((target) => [target.constituency, target.minimum]));
  const gapOf = new Map(r.gaps.map((gap) => [gap.constituency, gap]));
  // Every group that has a rule or a member; the rest would be rows of zeros.
  const rows = constituencies.filter((c) => r.required.includes(c) || targetOf.has(c) || (r.counts[c] ?? 0) > 0);

  const neededText = (c: Constituency) => {
    const target = targetOf.get(c) ?? 0;
    if (r.required.includes(c) && target <= 1) return t('representation.needed.template', { count: 1 });
    if (target > 0) return t('representation.needed.district', { count: target });
    return t('representation.needed.none');
  };

  return (
    <section className="card" aria-labelledby="representation-heading">
      <div className="card-header">
        <h2 id="representation-heading">{t('representation.title')}</h2>
        {canEdit && (
          <Button size="small" onClick={onEditTargets}>
            {t('representation.editTargets')}
          </Button>
        )}
      </div>
      <div className="card-body stack">
        {r.gaps.length > 0 ? (
          <Alert tone="warning" announce="none" title={t('representation.gapsTitle', { count: r.gaps.length })}>
            <ul className="representation-gaps">
              {r.gaps.map((gap) => (
                <li key={gap.constituency}>
                  {gap.source === 'template'
                    ? t('representation.gap.template', { someone: t(constituencySomeone(gap.constituency)), required: list(r.required) })
                    : t('representation.gap.district', { group: t(constituencyLabel(gap.constituency)), actual: gap.actual, needed: gap.needed })}
                </li>
              ))}
            </ul>
          </Alert>
        ) : (
          <Alert tone="success" announce="none" title={t('representation.allMet')} />
        )}
        {r.required.length === 0 && <p className="muted">{t('representation.noRules')}</p>}
        {r.recommendedMissing.length > 0 && <p>{t('representation.recommended', { groups: list(r.recommendedMissing) })}</p>}
        {rows.length > 0 && (
          <table className="table table-stack representation-table">
            <thead>
              <tr>
                <th scope="col">{t('representation.column.group')}</th>
                <th scope="col">{t('representation.column.members')}</th>
                <th scope="col">{t('representation.column.needed')}</th>
                <th scope="col">{t('representation.column.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => {
                const gap = gapOf.get(c);
                const hasRule = r.required.includes(c) || (targetOf.get(c) ?? 0) > 0;
                return (
                  <tr key={c}>
                    <th scope="row" className="cell-primary">{t(constituencyLabel(c))}</th>
                    <td data-label={t('representation.column.members')}>{r.counts[c] ?? 0}</td>
                    <td data-label={t('representation.column.needed')}>{neededText(c)}</td>
                    <td data-label={t('representation.column.status')}>
                      {gap ? (
                        <Badge tone="danger">{t('representation.status.short', { count: gap.needed - gap.actual })}</Badge>
                      ) : hasRule ? (
                        <Badge tone="success">{t('representation.status.met')}</Badge>
                      ) : (
                        <span aria-hidden="true">{t('representation.status.none')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
