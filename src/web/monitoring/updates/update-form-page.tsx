import { useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import { elementPath } from '../../plan/plans/plan-views';
import { EvidenceUpload } from './evidence-upload';
import { UpdateForm } from './update-form';
import { UpdateHistory } from './update-history';
import { myUpdatesPath, updatesApi, type ElementUpdate, type ElementUpdates } from './updates-api';
import './updates.css';

/** /o/:organizationId/updates/:planId/:elementKey?period=LABEL: post an update, then attach evidence; the history below. */
export function UpdateFormPage() {
  const { t } = useI18n();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const { planId = '', elementKey = '' } = useParams();
  const [searchParams] = useSearchParams();
  const element = useResource<ElementUpdates>(updatesApi.elementUpdates(planId, elementKey));
  const [posted, setPosted] = useState<ElementUpdate | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const data = element.data;

  const onPosted = (update: ElementUpdate) => {
    setPosted(update);
    element.setData((current) => current && { ...current, updates: [update, ...current.updates], periods: current.periods.map((period) => (period.label === update.periodLabel ? { ...period, state: 'done' } : period)) });
    // The form turns into a correction of what was just posted; the reader lands on the confirmation.
    requestAnimationFrame(() => noticeRef.current?.focus());
    void element.reload();
  };

  const addEvidence = (updateId: string, file: ElementUpdate['evidence'][number]) =>
    element.setData((current) => current && { ...current, updates: current.updates.map((update) => (update.id === updateId ? { ...update, evidence: [...update.evidence, file] } : update)) });

  const kindLabel = data ? t(data.kind === 'measure' ? 'updates.kind.measure' : 'updates.kind.action') : '';

  return (
    <div className="stack-lg update-page">
      <p className="update-back">
        <Link to={myUpdatesPath(organizationId)}>
          <span aria-hidden="true">← </span>
          {t('updates.backToMyUpdates')}
        </Link>
      </p>
      {element.isLoading && !data && <Loading />}
      {element.error && (
        <>
          <PageHeader title={t('updates.formTitle')} titleContext={organization!.name} />
          <ErrorAlert error={element.error} title={t('updates.loadFailed')} />
        </>
      )}
      {data && (
        <>
          <PageHeader
            eyebrow={data.planTitle}
            title={data.name}
            titleContext={organization!.name}
            description={
              <span className="update-header-facts">
                <span>
                  {kindLabel} · <span className="mono">{data.elementKey}</span>
                </span>
                <span>{data.owner ? t('updates.ownedBy', { name: data.owner.name }) : t('updates.noOwner')}</span>
                {hasPermission(organization, 'plans.read') && <Link to={elementPath(organizationId, data.planId, data.elementKey)}>{t('updates.openInPlan')}</Link>}
              </span>
            }
          />
          {posted && (
            <div ref={noticeRef} tabIndex={-1} className="update-posted stack">
              <Alert tone="success" title={t(posted.revision > 1 ? 'updates.correctionPosted' : 'updates.posted', { period: posted.periodLabel })} onDismiss={() => setPosted(null)}>
                {t('updates.postedText')}
              </Alert>
              <EvidenceUpload key={posted.id} updateId={posted.id} onUploaded={(file) => addEvidence(posted.id, file)} />
            </div>
          )}
          <section className="card" aria-labelledby="update-form-heading">
            <div className="card-header">
              <h2 id="update-form-heading">{t('updates.formHeading')}</h2>
            </div>
            <div className="card-body">
              {data.canUpdate ? (
                <UpdateForm element={data} askedPeriod={searchParams.get('period')} districtId={organizationId} post={(body) => api.post<ElementUpdate>(updatesApi.elementUpdates(planId, elementKey), body)} onPosted={onPosted} />
              ) : (
                <Alert tone="info" announce="none" title={t('updates.readOnlyTitle')}>
                  {t('updates.readOnlyText')}
                </Alert>
              )}
            </div>
          </section>
          <section className="card" aria-labelledby="update-history-heading">
            <div className="card-header">
              <h2 id="update-history-heading">{t('updates.history.title')}</h2>
            </div>
            <div className="card-body">
              <UpdateHistory element={data} canDownload />
            </div>
          </section>
        </>
      )}
    </div>
  );
}
