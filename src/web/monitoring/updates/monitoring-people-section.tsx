import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { updatesApi, type MonitoringPerson } from './updates-api';
import './updates.css';

/** Who is chased when an owner's update stays overdue (the supervisor), and who gets one daily digest. */
export function MonitoringPeopleSection({ organizationId, canManage }: { organizationId: string; canManage: boolean }) {
  const { t } = useI18n();
  const people = useResource<{ people: MonitoringPerson[] }>(updatesApi.people(organizationId));
  const list = [...(people.data?.people ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  const replace = (saved: MonitoringPerson) =>
    people.setData((current) => current && { people: current.people.map((person) => (person.userId === saved.userId ? saved : person)) });

  return (
    <section className="card" aria-labelledby="settings-monitoring-people" id="monitoring-people">
      <div className="card-header">
        <div>
          <h2 id="settings-monitoring-people">{t('updates.people.title')}</h2>
          <p>{t('updates.people.description')}</p>
        </div>
      </div>
      <div className="card-body is-flush">
        <ResourceStates resource={people} isEmpty={list.length === 0} emptyIcon="people" emptyTitle={t('updates.people.empty')} errorTitle={t('updates.people.loadFailed')}>
          <table className="table table-stack monitoring-people">
            <caption className="visually-hidden">{t('updates.people.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('updates.people.person')}</th>
                <th scope="col">{t('updates.people.supervisor')}</th>
                <th scope="col">{t('updates.people.digest')}</th>
                {canManage && (
                  <th scope="col">
                    <span className="visually-hidden">{t('updates.column.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {list.map((person) => (
                <PersonRow key={`${person.userId}-${person.supervisorId}-${person.wantsDailyDigest}`} person={person} everyone={list} organizationId={organizationId} canManage={canManage} onSaved={replace} />
              ))}
            </tbody>
          </table>
        </ResourceStates>
      </div>
    </section>
  );
}

interface PersonRowProps {
  person: MonitoringPerson;
  everyone: readonly MonitoringPerson[];
  organizationId: string;
  canManage: boolean;
  onSaved: (person: MonitoringPerson) => void;
}

function PersonRow({ person, everyone, organizationId, canManage, onSaved }: PersonRowProps) {
  const { t } = useI18n();
  const say = useAnnounce();
  const [supervisorId, setSupervisorId] = useState(person.supervisorId ?? '');
  const [wantsDigest, setWantsDigest] = useState(person.wantsDailyDigest);
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const isChanged = supervisorId !== (person.supervisorId ?? '') || wantsDigest !== person.wantsDailyDigest;

  const save = async () => {
    setIsSaving(true);
    setError(null);
    try {
      const saved = await api.put<MonitoringPerson>(updatesApi.person(organizationId, person.userId), { supervisorId: supervisorId || null, wantsDailyDigest: wantsDigest });
      say(t('updates.people.saved', { name: saved.name }));
      onSaved(saved);
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <tr>
      <th scope="row" className="cell-primary">
        {person.name}
        {person.email && <span className="cell-sub">{person.email}</span>}
      </th>
      <td data-label={t('updates.people.supervisor')}>
        {canManage ? (
          <select className="select select-compact" value={supervisorId} onChange={(event) => setSupervisorId(event.target.value)} aria-label={t('updates.people.supervisorOf', { name: person.name })}>
            <option value="">{t('updates.people.noSupervisor')}</option>
            {everyone
              .filter((other) => other.userId !== person.userId)
              .map((other) => (
                <option key={other.userId} value={other.userId}>
                  {other.name}
                </option>
              ))}
          </select>
        ) : (
          (person.supervisorName ?? <span className="muted">{t('updates.people.noSupervisor')}</span>)
        )}
      </td>
      <td data-label={t('updates.people.digest')}>
        {canManage ? (
          <label className="checkbox monitoring-digest">
            <input type="checkbox" checked={wantsDigest} onChange={(event) => setWantsDigest(event.target.checked)} />
            <span>
              {t('updates.people.digestShort')}
              <span className="visually-hidden">: {person.name}</span>
            </span>
          </label>
        ) : (
          t(person.wantsDailyDigest ? 'updates.people.digestYes' : 'updates.people.digestNo')
        )}
        {error && <ErrorAlert error={error} title={t('updates.people.failed')} onDismiss={() => setError(null)} />}
      </td>
      {canManage && (
        <td className="cell-actions">
          <Button size="small" variant={isChanged ? 'primary' : 'secondary'} disabled={!isChanged} isBusy={isSaving} onClick={() => void save()}>
            {t('action.save')}
            <span className="visually-hidden">: {person.name}</span>
          </Button>
        </td>
      )}
    </tr>
  );
}
