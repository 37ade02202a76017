import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { useAnnounce } from '../../app/ui/announcer';
import { ErrorAlert } from '../../app/ui/error-message';
import { useResource } from '../../app/use-resource';
import { updatesApi, type MonitoringPerson } from './updates-api';

/** Each person chooses one daily digest or a message per reminder; saved as soon as it is ticked. */
export function DigestChoice({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const { user } = useSignedIn();
  const say = useAnnounce();
  const people = useResource<{ people: MonitoringPerson[] }>(updatesApi.people(organizationId));
  const me = people.data?.people.find((person) => person.userId === user.id);
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (!me) return null;

  const change = async (wantsDailyDigest: boolean) => {
    setIsSaving(true);
    setError(null);
    try {
      const saved = await api.put<MonitoringPerson>(updatesApi.person(organizationId, user.id), { wantsDailyDigest });
      people.setData((current) => current && { people: current.people.map((person) => (person.userId === saved.userId ? saved : person)) });
      say(t(saved.wantsDailyDigest ? 'updates.digest.on' : 'updates.digest.off'));
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="updates-reminders">
      <div className="card-header">
        <div>
          <h2 id="updates-reminders">{t('updates.digest.title')}</h2>
          <p>{t('updates.digest.description')}</p>
        </div>
      </div>
      <div className="card-body stack">
        {error && <ErrorAlert error={error} title={t('updates.digest.failed')} onDismiss={() => setError(null)} />}
        <label className="checkbox">
          <input type="checkbox" checked={me.wantsDailyDigest} disabled={isSaving} onChange={(event) => void change(event.target.checked)} />
          <span>
            <span className="choice-title">{t('updates.digest.label')}</span>
            <span className="choice-text">{t('updates.digest.hint')}</span>
          </span>
        </label>
      </div>
    </section>
  );
}
