import { useEffect, useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';

interface PublicText {
  subject: 'plan' | 'element' | 'update';
  subjectKey: string;
  field: string;
  context: string;
  original: string;
  translations: { es: string | null; en: string | null };
}

const fieldLabels: Record<string, MessageKey> = {
  title: 'publicSite.fieldTitle',
  name: 'publicSite.fieldName',
  mission: 'publicSite.fieldMission',
  vision: 'publicSite.fieldVision',
  happened: 'publicSite.fieldHappened',
  why: 'publicSite.fieldWhy',
  next_steps: 'publicSite.fieldNext',
};
/** "evidence_2": the second thing an element cites, shown under "What shaped this goal". */
const citationNumber = (field: string) => /^evidence_(\d+)$/.exec(field)?.[1];
const idOf = (text: Pick<PublicText, 'subject' | 'subjectKey' | 'field'>) => `${text.subject}|${text.subjectKey}|${text.field}`;

/** Every public text of the plan beside its Spanish version; only the texts changed are sent. */
export function PublicTextsSection({ planId }: { planId: string }) {
  const t = useT();
  const texts = useResource<{ texts: PublicText[] }>(`/api/plans/${planId}/public-texts`);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  useEffect(() => {
    if (texts.data) setDrafts(Object.fromEntries(texts.data.texts.map((text) => [idOf(text), text.translations.es ?? ''])));
  }, [texts.data]);

  const save = async () => {
    if (!texts.data) return;
    const changed = texts.data.texts.filter((text) => (drafts[idOf(text)] ?? '').trim() !== (text.translations.es ?? ''));
    setIsSaving(true);
    setNotice(null);
    setError(null);
    try {
      const saved = await api.put<{ texts: PublicText[] }>(`/api/plans/${planId}/public-texts`, {
        translations: changed.map((text) => ({ subject: text.subject, subjectKey: text.subjectKey, field: text.field, locale: 'es', text: (drafts[idOf(text)] ?? '').trim() })),
      });
      texts.setData(saved);
      setNotice(t('publicSite.translationsSaved'));
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  const done = texts.data?.texts.filter((text) => text.translations.es).length ?? 0;
  return (
    <section className="card" aria-labelledby="public-site-texts">
      <div className="card-header">
        <div>
          <h2 id="public-site-texts">{t('publicSite.translationsTitle')}</h2>
          <p>{t('publicSite.translationsDescription')}</p>
        </div>
      </div>
      <div className="card-body stack">
        {texts.isLoading && !texts.data && <Loading />}
        {texts.error && <ErrorAlert error={texts.error} />}
        {notice && (
          <Alert tone="success" onDismiss={() => setNotice(null)}>
            {notice}
          </Alert>
        )}
        {error && <ErrorAlert error={error} title={t('publicSite.translationsFailed')} />}
        {texts.data && (
          <>
            <p>{t('publicSite.translationsCount', { done, total: texts.data.texts.length })}</p>
            <ol className="public-texts">
              {texts.data.texts.map((text) => {
                const id = `translation-${idOf(text).replace(/[^a-zA-Z0-9]+/g, '-')}`;
                return (
                  <li key={idOf(text)} className="public-text">
                    <p className="public-text-context">
                      {text.context} · {citationNumber(text.field) ? t('publicSite.fieldEvidence', { number: citationNumber(text.field)! }) : t(fieldLabels[text.field] ?? 'publicSite.fieldTitle')}
                    </p>
                    <p className="public-text-original" lang="en">
                      <span className="visually-hidden">{t('publicSite.original')}: </span>
                      {text.original}
                    </p>
                    <label className="field-label" htmlFor={id}>
                      {t('publicSite.spanish')}
                    </label>
                    <textarea id={id} className="textarea" lang="es" rows={text.original.length > 120 ? 3 : 1} value={drafts[idOf(text)] ?? ''} onChange={(event) => setDrafts((d) => ({ ...d, [idOf(text)]: event.target.value }))} />
                  </li>
                );
              })}
            </ol>
            <div className="form-actions">
              <Button variant="primary" isBusy={isSaving} onClick={save}>
                {t('publicSite.saveTranslations')}
              </Button>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
