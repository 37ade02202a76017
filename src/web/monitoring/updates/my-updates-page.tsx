import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { Badge } from '../../app/ui/badge';
import { buttonClass } from '../../app/ui/button';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { formatDay } from '../../process/cycles/process-api';
import { DigestChoice } from './digest-choice';
import { periodStateTone } from './update-format';
import { updateFormPath, updatesApi, type MyUpdateItem } from './updates-api';
import './updates.css';

const groups: ReadonlyArray<{ state: MyUpdateItem['state']; title: MessageKey }> = [
  { state: 'overdue', title: 'updates.group.overdue' },
  { state: 'due', title: 'updates.group.due' },
  { state: 'done', title: 'updates.group.done' },
];

/** What the signed-in person owes across the district's adopted plans: overdue, due, then done. */
export function MyUpdatesPage() {
  const { t, locale, formatDateTime } = useI18n();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const list = useResource<{ today: string; items: MyUpdateItem[] }>(updatesApi.myUpdates(organizationId));
  const items = list.data?.items ?? [];

  return (
    <div className="stack-lg">
      <PageHeader title={t('updates.title')} titleContext={organization!.name} description={t('updates.description')} />
      <div className="card">
        <ResourceStates resource={list} isEmpty={items.length === 0} emptyIcon="check" emptyTitle={t('updates.empty')} emptyText={t('updates.emptyText')} errorTitle={t('updates.listFailed')}>
          <div className="my-update-groups">
            {groups.map((group) => {
              const inGroup = items.filter((item) => item.state === group.state);
              if (inGroup.length === 0) return null;
              return (
                <section key={group.state} aria-labelledby={`updates-${group.state}`} className="my-update-group">
                  <h2 id={`updates-${group.state}`} className="card-subheading">
                    {t(group.title)} <span className="muted">({inGroup.length})</span>
                  </h2>
                  <ul className="my-update-list">
                    {inGroup.map((item) => (
                      <li key={`${item.planId}-${item.elementKey}-${item.periodLabel}`} className="my-update list-row">
                        <div className="my-update-main">
                          <span className="my-update-title">{item.name}</span>
                          <span className="my-update-meta">
                            <Badge tone="neutral" hasDot={false}>
                              {t(item.kind === 'measure' ? 'updates.kind.measure' : 'updates.kind.action')}
                            </Badge>
                            <span>{item.planTitle}</span>
                            <span>
                              {t('updates.periodOf', { period: item.periodLabel })} · {t('updates.dueOn', { date: formatDay(locale, item.dueOn) })}
                            </span>
                            {item.lastUpdatedAt && <span className="muted">{t('updates.lastUpdated', { date: formatDateTime(item.lastUpdatedAt) })}</span>}
                          </span>
                        </div>
                        <div className="row my-update-actions">
                          <Badge tone={periodStateTone[item.state]}>{t(`updates.state.${item.state}`)}</Badge>
                          <Link className={buttonClass(item.state === 'done' ? 'secondary' : 'primary', 'small')} to={updateFormPath(organizationId, item.planId, item.elementKey, item.periodLabel)}>
                            {t(item.state === 'done' ? 'updates.viewOrCorrect' : 'updates.post')}
                            <span className="visually-hidden">
                              : {item.name}, {item.periodLabel}
                            </span>
                          </Link>
                        </div>
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        </ResourceStates>
      </div>
      <DigestChoice organizationId={organizationId} />
    </div>
  );
}
