import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { usePageTitle } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import { formatDay } from '../../process/cycles/process-api';
import { EvidenceUploadForm } from './evidence-upload';
import { UpdateForm } from './update-form';
import { UpdateHistory } from './update-history';
import { updatesApi, type ElementUpdate, type LinkUpdates } from './updates-api';
import './updates.css';

/**
 * /update/:token: the form a reminder's link opens, without a password. The link is for one
 * element and one period and works once; afterwards (or once the period closes) it says so plainly.
 */
export function UpdateLinkPage() {
  const { t, locale } = useI18n();
  const { token = '' } = useParams();
  const link = useResource<LinkUpdates>(updatesApi.link(token));
  const [posted, setPosted] = useState<ElementUpdate | null>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const data = link.data;
  usePageTitle(data ? t('updates.link.pageTitle', { name: data.name }) : t('updates.link.title'));

  const onPosted = (update: ElementUpdate) => {
    setPosted(update);
    link.setData((current) => current && { ...current, updates: [update, ...current.updates] });
    requestAnimationFrame(() => doneRef.current?.focus());
  };

  const isGone = link.error && (link.error.status === 404 || link.error.status === 400);

  return (
    <div className="card public-card is-wide update-link-card">
      {link.isLoading && !data && (
        <>
          <h1 tabIndex={-1}>{t('updates.link.title')}</h1>
          <Loading />
        </>
      )}
      {link.error && (
        <div className="stack">
          <h1 tabIndex={-1}>{t(isGone ? 'updates.link.goneTitle' : 'updates.link.title')}</h1>
          {isGone ? (
            <>
              <Alert tone="warning" announce="none">
                {t('updates.link.goneText')}
              </Alert>
              <p>
                <Link to="/sign-in">{t('updates.link.signIn')}</Link>
              </p>
            </>
          ) : (
            <ErrorAlert error={link.error} />
          )}
        </div>
      )}
      {data && (
        <div className="stack">
          <div>
            <p className="page-eyebrow">{data.districtName}</p>
            <h1 tabIndex={-1}>{data.name}</h1>
            <p className="page-description update-link-description">
              {t('updates.link.description', { plan: data.planTitle, period: data.periodLabel, date: formatDay(locale, data.expiresAt) })}
            </p>
          </div>
          {posted ? (
            <div className="stack">
              <h2 ref={doneRef} tabIndex={-1} className="update-link-done">
                {t('updates.link.thanks')}
              </h2>
              <Alert tone="success" announce="status">
                {t('updates.link.postedText', { period: posted.periodLabel })}
              </Alert>
              <EvidenceUploadForm uploadPath={(fileName) => updatesApi.linkEvidence(token, posted.id, fileName)} csrfToken="" onUploaded={() => {}} />
              <p>
                <Link to="/sign-in">{t('updates.link.signInForEvidence')}</Link>
              </p>
            </div>
          ) : (
            <UpdateForm element={data} askedPeriod={data.periodLabel} isLinkForm studentGroups={data.studentGroups} post={(body) => api.post<ElementUpdate>(updatesApi.link(token), body)} onPosted={onPosted} />
          )}
          {data.updates.length > 0 && (
            <section className="stack" aria-labelledby="update-link-history">
              <h2 id="update-link-history" className="update-link-history-title">
                {t('updates.history.title')}
              </h2>
              <UpdateHistory element={data} canDownload={false} />
            </section>
          )}
        </div>
      )}
    </div>
  );
}
