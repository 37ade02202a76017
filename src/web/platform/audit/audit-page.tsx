import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { withQuery } from '../../app/api';
import type { AuditEvent } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { Button } from '../../app/ui/button';
import { EmptyState } from '../../app/ui/empty-state';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { usePagedList } from '../../app/use-paged-list';
import { AuditEventRows } from './audit-event-rows';
import { AuditFiltersForm, auditFilterNames, type AuditFilters } from './audit-filters';
import './audit.css';

/** Who changed what and when in the organization, newest first, with filters and the changes themselves. */
export function AuditPage() {
  const { t } = useI18n();
  const { organization } = useOrganizationInUrl();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = Object.fromEntries(auditFilterNames.map((name) => [name, searchParams.get(name) ?? ''])) as AuditFilters;
  const path = withQuery(`/api/organizations/${organization!.id}/audit`, filters);
  const events = usePagedList(path, (body: { events: AuditEvent[]; nextBefore: string | null }) => ({ items: body.events, nextBefore: body.nextBefore }));
  const isFiltered = auditFilterNames.some((name) => filters[name] !== '');

  const known = useMemo(
    () => ({
      actions: [...new Set(events.items.map((event) => event.action))].sort(),
      entityTypes: [...new Set(events.items.map((event) => event.entityType))].sort(),
    }),
    [events.items],
  );

  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={organization!.name}
        titleContext={organization!.name}
        title={t('audit.title')}
        description={t('audit.description')}
      />
      <section className="card card-body" aria-label={t('audit.filtersLabel')}>
        <AuditFiltersForm
          filters={filters}
          knownActions={known.actions}
          knownEntityTypes={known.entityTypes}
          onApply={(next) => setSearchParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value !== '')))}
          onClear={() => setSearchParams({})}
        />
      </section>
      <section className="card" aria-labelledby="audit-events-heading">
        <div className="card-header">
          <h2 id="audit-events-heading">{isFiltered ? t('audit.filteredEvents') : t('audit.events')}</h2>
        </div>
        {events.error && (
          <div className="card-body">
            <ErrorAlert error={events.error} title={t('audit.loadFailed')} />
          </div>
        )}
        {events.isLoading && <Loading />}
        {!events.isLoading && !events.error && events.items.length === 0 && (
          <EmptyState icon="audit" title={isFiltered ? t('audit.emptyFilteredTitle') : t('audit.emptyTitle')}>
            {isFiltered ? t('audit.emptyFilteredText') : t('audit.emptyText')}
          </EmptyState>
        )}
        {events.items.length > 0 && (
          <>
            <div className="table-wrap">
              <table className="table table-stack">
                <caption className="visually-hidden">{t('audit.events')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.when')}</th>
                    <th scope="col">{t('audit.actor')}</th>
                    <th scope="col">{t('audit.action')}</th>
                    <th scope="col">{t('audit.entity')}</th>
                    <th scope="col">{t('audit.changes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {events.items.map((event) => (
                    <AuditEventRows key={event.id} event={event} />
                  ))}
                </tbody>
              </table>
            </div>
            <div className="table-footer">
              {events.hasMore ? (
                <Button isBusy={events.isLoadingMore} onClick={events.loadMore}>
                  {t('action.loadMore')}
                </Button>
              ) : (
                <span className="muted" style={{ fontSize: 'var(--text-sm)' }}>
                  {t('audit.endOfLog', { count: events.items.length })}
                </span>
              )}
            </div>
          </>
        )}
      </section>
    </div>
  );
}
