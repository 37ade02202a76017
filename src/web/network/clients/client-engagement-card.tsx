import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { ScrollRegion } from '../../plan/plans/scroll-region';
import { clientsApi, type ClientEngagement } from './clients-api';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * One client engagement: the bank of hours (a bar and its words), the scope of work by month, the
 * hours by coach and every entry. With `canLog`, a coach logs their own hours here and takes back
 * their own entries (an administrator any).
 */
export function ClientEngagementCard({
  engagement,
  canLog,
  canRemoveAny,
  userId,
  onChanged,
  headingLevel = 2,
}: {
  engagement: ClientEngagement;
  canLog: boolean;
  canRemoveAny: boolean;
  userId: string;
  onChanged: (next: ClientEngagement) => void;
  /** 2 on the clients page, 3 inside the district page's section. */
  headingLevel?: 2 | 3;
}) {
  const { t, locale } = useI18n();
  const [workedOn, setWorkedOn] = useState(today());
  const [hours, setHours] = useState('');
  const [activity, setActivity] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const number = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  const day = (date: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  const monthName = (month: string) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  const { bank } = engagement;
  const usedShare = bank.purchased > 0 ? Math.min(bank.used / bank.purchased, 1) : 1;
  const headingId = `engagement-${engagement.id}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Subheading = headingLevel === 2 ? 'h3' : 'h4';

  const log = async () => {
    setIsSaving(true);
    setFailure(null);
    try {
      onChanged(await api.post<ClientEngagement>(clientsApi.hours(engagement.networkId, engagement.id), { workedOn, hours: Number(hours), activity }));
      setHours('');
      setActivity('');
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };
  const remove = async (entryId: string) => {
    setFailure(null);
    try {
      await api.delete(clientsApi.entry(engagement.networkId, engagement.id, entryId));
      onChanged(await api.get<ClientEngagement>(clientsApi.engagement(engagement.networkId, engagement.id)));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    }
  };

  return (
    <article className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <Heading id={headingId}>
          {engagement.districtName}: {engagement.title}
        </Heading>
        <p className="muted">{t('clients.dates', { start: day(engagement.startsOn), end: day(engagement.endsOn) })}</p>
      </div>
      <div className="card-body stack">
        <div className="hours-bank">
          <p>
            <strong>{t('clients.bank', { used: number(bank.used), purchased: number(bank.purchased), remaining: number(bank.remaining) })}</strong>
          </p>
          <div className={`hours-bar${bank.overBy > 0 ? ' hours-bar-over' : ''}`} aria-hidden="true">
            <span style={{ width: `${Math.round(usedShare * 100)}%` }} />
          </div>
          {bank.overBy > 0 && <p className="field-error">{t('clients.over', { over: number(bank.overBy) })}</p>}
        </div>
        <Subheading>{t('clients.scope')}</Subheading>
        {engagement.scope.length === 0 ? (
          <p className="muted">{t('clients.noScope')}</p>
        ) : (
          <ScrollRegion label={t('clients.scope')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('clients.month')}</th>
                  <th scope="col">{t('clients.services')}</th>
                  <th scope="col">{t('clients.outcomes')}</th>
                </tr>
              </thead>
              <tbody>
                {engagement.scope.map((line, index) => (
                  <tr key={`${line.month}-${index}`}>
                    <th scope="row">{monthName(line.month)}</th>
                    <td>{line.services}</td>
                    <td>{line.outcomes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {bank.byCoach.length > 0 && (
          <p>
            <strong>{t('clients.byCoach')}:</strong> {bank.byCoach.map((coach) => `${coach.coachName} ${number(coach.hours)}`).join(' · ')}
          </p>
        )}
        <Subheading>{t('clients.entries')}</Subheading>
        {failure && <ErrorAlert error={failure} title={t('clients.logFailed')} />}
        {engagement.entries.length === 0 ? (
          <p className="muted">{t('clients.noEntries')}</p>
        ) : (
          <ScrollRegion label={t('clients.entries')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('clients.date')}</th>
                  <th scope="col">{t('clients.coach')}</th>
                  <th scope="col">{t('clients.hours')}</th>
                  <th scope="col">{t('clients.activity')}</th>
                  {canLog && <th scope="col" className="visually-hidden">{t('clients.removeEntry')}</th>}
                </tr>
              </thead>
              <tbody>
                {engagement.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>{day(entry.workedOn)}</td>
                    <td>{entry.coachName}</td>
                    <td>{number(entry.hours)}</td>
                    <td>{entry.activity}</td>
                    {canLog && (
                      <td className="cell-actions">
                        {(canRemoveAny || entry.coachId === userId) && (
                          <Button size="small" variant="quiet" onClick={() => void remove(entry.id)}>
                            {t('clients.removeEntry')}
                          </Button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {canLog && (
          <form
            className="hours-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void log();
            }}
          >
            <TextField name="workedOn" type="date" label={t('clients.date')} value={workedOn} error={failure?.fieldErrors.workedOn} onChange={(event) => setWorkedOn(event.target.value)} />
            <TextField name="hours" type="number" inputMode="decimal" step="0.25" min="0.25" max="24" label={t('clients.hours')} value={hours} error={failure?.fieldErrors.hours} onChange={(event) => setHours(event.target.value)} />
            <TextField name="activity" label={t('clients.activity')} value={activity} maxLength={500} error={failure?.fieldErrors.activity} onChange={(event) => setActivity(event.target.value)} />
            <Button type="submit" isBusy={isSaving}>
              {t('clients.log')}
            </Button>
          </form>
        )}
      </div>
    </article>
  );
}
