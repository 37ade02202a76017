import { useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { Icon } from '../../app/ui/icons';
import { useSurvey } from '../surveys/survey-context';
import { StatusBadge } from '../surveys/survey-words';
import { surveyPath, surveysApi } from '../surveys/surveys-api';
import { InviteByEmail } from '../invitations/invite-by-email';
import { ExportsSection } from './exports-section';
import { GroupLinksSection } from './group-links';
import { MissingTranslationsList } from './missing-translations-list';
import { missingTextsOf, type MissingText } from './missing-texts';
import { SurveyScheduleForm } from './survey-schedule-form';
import './share.css';

/**
 * Opening, closing and sharing a survey: "Open survey" (refused, with the list of texts still to
 * translate, while a translation is missing), then its public link, the QR flyer, kiosk mode,
 * a link and flyer per stakeholder group of its cycle, its invitations by email, its dates and the
 * engagement it serves in the planning cycle, paper forms typed in, and the exports.
 */
export function SharePage() {
  const { t } = useI18n();
  const say = useAnnounce();
  const { survey, reload, canEdit, organizationId } = useSurvey();
  const [busy, setBusy] = useState<'open' | 'close' | 'kiosk' | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState<MissingText[] | null>(null);
  const [isConfirmingClose, setIsConfirmingClose] = useState(false);
  const [isCopied, setIsCopied] = useState(false);
  const publicUrl = survey.public_url ?? (survey.public_code ? `${window.location.origin}/s/${survey.public_code}` : null);

  const act = async (what: 'open' | 'close', path: string) => {
    setBusy(what);
    setFailure(null);
    setMissing(null);
    try {
      await api.post(path);
      await reload();
      say(what === 'open' ? t('share.opened') : t('share.closed'));
    } catch (cause) {
      const error = ApiError.from(cause);
      const texts = missingTextsOf(error.details, survey.document);
      if (texts.length > 0) setMissing(texts);
      else setFailure(error);
    } finally {
      setBusy(null);
      setIsConfirmingClose(false);
    }
  };

  const copy = async () => {
    if (!publicUrl) return;
    try {
      await navigator.clipboard.writeText(publicUrl);
      setIsCopied(true);
      say(t('share.copied'));
    } catch {
      // No clipboard (an insecure origin): the link is selectable text beside the button.
      document.getElementById('survey-public-link')?.focus();
    }
  };

  const startKiosk = async () => {
    // Opened before the request, so the browser counts it as the click's own window, not a pop-up.
    const tab = window.open('', '_blank');
    setBusy('kiosk');
    setFailure(null);
    try {
      const { url } = await api.post<{ url: string }>(surveysApi.kioskLink(survey.id));
      if (tab) {
        tab.opener = null;
        tab.location.href = url;
      } else window.location.assign(url);
    } catch (cause) {
      tab?.close();
      setFailure(ApiError.from(cause));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="stack-lg">
      {failure && <ErrorAlert error={failure} title={t('share.failed')} onDismiss={() => setFailure(null)} />}
      <section className="card" aria-labelledby="share-status">
        <div className="card-header">
          <div>
            <h2 id="share-status">{t('share.status.title')}</h2>
            <p>{t(`share.status.${survey.status}`)}</p>
          </div>
          <StatusBadge status={survey.status} />
        </div>
        {canEdit && (
          <div className="card-body stack">
            {survey.status !== 'open' && (
              <div>
                <Button variant="primary" isBusy={busy === 'open'} onClick={() => act('open', surveysApi.open(survey.id))}>
                  {survey.status === 'closed' ? t('share.reopen') : t('share.open')}
                </Button>
              </div>
            )}
            {missing && (
              <Alert tone="warning" announce="alert" title={t('share.missing.title', { count: missing.length })}>
                <p>{t('share.missing.text')}</p>
                <MissingTranslationsList organizationId={organizationId} surveyId={survey.id} document={survey.document} missing={missing} />
              </Alert>
            )}
            {survey.status === 'open' && (
              <div>
                <Button variant="danger" isBusy={busy === 'close'} onClick={() => setIsConfirmingClose(true)}>
                  {t('share.close')}
                </Button>
              </div>
            )}
          </div>
        )}
      </section>

      {publicUrl && (
        <section className="card" aria-labelledby="share-link">
          <div className="card-header">
            <div>
              <h2 id="share-link">{t('share.link.title')}</h2>
              <p>{t('share.link.description')}</p>
            </div>
          </div>
          <div className="card-body stack">
            <div className="share-link-row">
              <label className="visually-hidden" htmlFor="survey-public-link">
                {t('share.link.label')}
              </label>
              <input id="survey-public-link" className="input mono" readOnly value={publicUrl} onFocus={(event) => event.target.select()} />
              <Button onClick={copy}>
                <Icon name="copy" size={16} />
                {isCopied ? t('share.copied') : t('share.copy')}
              </Button>
            </div>
            <div className="share-actions">
              <a className="button button-secondary" href={surveysApi.download(survey.id, 'flyer.pdf')} download>
                {t('share.flyer')}
              </a>
              {survey.status === 'open' && canEdit && (
                <Button isBusy={busy === 'kiosk'} onClick={startKiosk}>
                  {t('share.kiosk')}
                </Button>
              )}
              {survey.status !== 'draft' && canEdit && (
                <Link className="button button-secondary" to={surveyPath(organizationId, survey.id, 'paper')}>
                  {t('share.paper')}
                </Link>
              )}
            </div>
            <p className="muted">{t('share.kioskNote')}</p>
          </div>
        </section>
      )}

      {publicUrl && <GroupLinksSection />}
      {survey.status !== 'draft' && <InviteByEmail />}
      <SurveyScheduleForm />
      <ExportsSection />

      <ConfirmDialog isOpen={isConfirmingClose} title={t('share.closeConfirm.title')} confirmLabel={t('share.close')} isBusy={busy === 'close'} onCancel={() => setIsConfirmingClose(false)} onConfirm={() => act('close', surveysApi.close(survey.id))}>
        <p>{t('share.closeConfirm.text')}</p>
      </ConfirmDialog>
    </div>
  );
}
