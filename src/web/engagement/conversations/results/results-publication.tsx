import { useState } from 'react';
import { api, ApiError } from '../../../app/api';
import { useI18n } from '../../../app/i18n/i18n-provider';
import { useAnnounce } from '../../../app/ui/announcer';
import { Button } from '../../../app/ui/button';
import { ErrorAlert } from '../../../app/ui/error-message';
import { conversationResultsApi, type ResultsPublication } from './conversation-results-api';

/** Publishing the public results page (/c/<code>/results) or taking it down, with its link once published. */
export function ResultsPublicationCard({ conversationId, publication, canEdit, onChange }: { conversationId: string; publication: ResultsPublication; canEdit: boolean; onChange: (next: ResultsPublication) => void }) {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const change = async (isPublished: boolean) => {
    setIsBusy(true);
    setFailure(null);
    try {
      const path = conversationResultsApi.publication(conversationId);
      const next = isPublished ? await api.put<ResultsPublication>(path, {}) : (await api.delete(path), { ...publication, is_published: false, published_at: null });
      onChange(next);
      say(t(isPublished ? 'conversationResults.publishedSaid' : 'conversationResults.unpublishedSaid'));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsBusy(false);
    }
  };
  const date = publication.published_at ? new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(publication.published_at)) : '';
  return (
    <section className="card" aria-labelledby="results-publication">
      <div className="card-header">
        <div>
          <h2 id="results-publication">{t('conversationResults.publishTitle')}</h2>
          <p>{t('conversationResults.publishIntro')}</p>
        </div>
      </div>
      <div className="card-body stack">
        {!publication.public_url ? (
          <p className="muted">{t('conversationResults.needsOpening')}</p>
        ) : (
          <>
            <p>{publication.is_published ? t('conversationResults.published', { date }) : t('conversationResults.notPublished')}</p>
            {publication.is_published && (
              <p className="conversation-results-link">
                <a href={publication.public_url} target="_blank" rel="noreferrer">
                  {t('conversationResults.openPage')}
                </a>{' '}
                <code>{publication.public_url}</code>
              </p>
            )}
            {canEdit && (
              <div>
                <Button variant={publication.is_published ? 'secondary' : 'primary'} isBusy={isBusy} onClick={() => void change(!publication.is_published)}>
                  {t(publication.is_published ? 'conversationResults.unpublish' : 'conversationResults.publish')}
                </Button>
              </div>
            )}
          </>
        )}
        {failure && <ErrorAlert error={failure} title={t('conversationResults.publishFailed')} />}
      </div>
    </section>
  );
}
