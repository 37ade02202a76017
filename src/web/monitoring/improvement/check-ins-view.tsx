import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../app/api';
import type { Member } from '../../platform/api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { hasPermission, useSignedIn } from '../../app/session';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { usePlanWorkspace } from '../../plan/plans/plan-workspace-context';
import { AttendeesFields, attendeesBody, type AttendeesDraft } from './attendees-fields';
import { CheckInDetail } from './check-in-detail';
import { formatDay, improvementApi, localToday, type CheckIn } from './improvement-api';
import { useWrite } from './use-write';
import './improvement.css';

/**
 * The plan's monthly check-ins ("living the plan"): the list, a new check-in whose agenda the
 * server builds from what is off track, at risk or overdue, and the chosen one's record.
 */
export function CheckInsView() {
  const { t, locale } = useI18n();
  const { user } = useSignedIn();
  const { plan, organization, levelNames } = usePlanWorkspace();
  const [search, setSearch] = useSearchParams();
  const list = useResource<{ checkIns: CheckIn[] }>(improvementApi.checkIns(plan.id));
  const canManage = hasPermission(organization, 'monitoring.manage');
  const members = useResource<{ members: Member[] }>(canManage && hasPermission(organization, 'members.read') ? improvementApi.members(organization.id) : null);
  const checkIns = list.data?.checkIns ?? [];
  const selectedId = search.get('checkIn') ?? checkIns[0]?.id ?? null;
  const selected = checkIns.find((c) => c.id === selectedId) ?? null;
  const select = (id: string | null) => setSearch(id ? { checkIn: id } : {}, { replace: true });
  const replace = (checkIn: CheckIn) => list.setData((current) => current && { checkIns: current.checkIns.map((c) => (c.id === checkIn.id ? checkIn : c)) });

  return (
    <div className="stack-lg">
      <section className="card" aria-labelledby="check-ins-heading">
        <div className="card-header">
          <div>
            <h2 id="check-ins-heading">{t('checkIns.title')}</h2>
            <p>{t('checkIns.intro')}</p>
          </div>
        </div>
        {canManage && (
          <NewCheckInForm
            planId={plan.id}
            members={members.data?.members ?? null}
            onCreated={async (checkIn) => {
              list.setData((current) => ({ checkIns: [checkIn, ...(current?.checkIns ?? [])].sort((a, b) => b.heldOn.localeCompare(a.heldOn)) }));
              select(checkIn.id);
              requestAnimationFrame(() => document.getElementById('check-in-heading')?.focus());
            }}
          />
        )}
        <ResourceStates resource={list} isEmpty={checkIns.length === 0} errorTitle={t('checkIns.loadFailed')} emptyIcon="inbox" emptyTitle={t('checkIns.none')} emptyText={canManage ? t('checkIns.noneText') : undefined}>
          {checkIns.length > 0 && (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('checkIns.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('checkIns.column.date')}</th>
                    <th scope="col">{t('checkIns.column.agenda')}</th>
                    <th scope="col">{t('checkIns.column.decisions')}</th>
                    <th scope="col">{t('checkIns.column.followUps')}</th>
                  </tr>
                </thead>
                <tbody>
                  {checkIns.map((checkIn) => (
                    <tr key={checkIn.id} aria-current={checkIn.id === selected?.id ? 'true' : undefined}>
                      <td className="cell-primary">
                        <Button size="small" variant={checkIn.id === selected?.id ? 'primary' : 'quiet'} onClick={() => select(checkIn.id)}>
                          {formatDay(locale, checkIn.heldOn)}
                        </Button>
                      </td>
                      <td>{t('checkIns.itemCount', { count: checkIn.agenda.length })}</td>
                      <td>{t('checkIns.decisionCount', { count: checkIn.decisions.length })}</td>
                      <td>{t('checkIns.openCount', { count: checkIn.followUps.filter((f) => f.status === 'open').length })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </ResourceStates>
      </section>
      {selected && (
        <CheckInDetail
          key={selected.id}
          checkIn={selected}
          organizationId={organization.id}
          levelNames={levelNames}
          members={members.data?.members ?? null}
          userId={user.id}
          canManage={canManage}
          onSaved={replace}
          onRemoved={async () => {
            select(null);
            await list.reload();
            requestAnimationFrame(() => document.getElementById('check-ins-heading')?.focus());
          }}
          reload={list.reload}
        />
      )}
    </div>
  );
}

/** Date and attendees; the agenda is the server's work, shown as soon as the check-in exists. */
function NewCheckInForm({ planId, members, onCreated }: { planId: string; members: Member[] | null; onCreated: (checkIn: CheckIn) => Promise<void> }) {
  const { t } = useI18n();
  const [heldOn, setHeldOn] = useState(localToday);
  const [attendees, setAttendees] = useState<AttendeesDraft>({ memberIds: [], others: '' });
  const [isOpen, setIsOpen] = useState(false);
  const write = useWrite();
  useEffect(() => {
    if (isOpen) document.querySelector<HTMLElement>('.new-check-in [name="heldOn"]')?.focus();
  }, [isOpen]);

  if (!isOpen) {
    return (
      <div className="card-body">
        <Button variant="primary" onClick={() => setIsOpen(true)} id="new-check-in-open">{t('checkIns.new')}</Button>
      </div>
    );
  }
  const submit = async () => {
    const created = await write.run('create', () => api.post<CheckIn>(improvementApi.checkIns(planId), { heldOn, attendees: attendeesBody(attendees) }), t('checkIns.created'));
    if (created) {
      setIsOpen(false);
      setAttendees({ memberIds: [], others: '' });
      await onCreated(created);
    }
  };
  return (
    <form className="card-body form stack new-check-in" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }} aria-label={t('checkIns.new')}>
      <p className="muted">{t('checkIns.newIntro')}</p>
      {write.error && <ErrorAlert error={write.error} title={t('checkIns.createFailed')} onDismiss={write.clearError} />}
      <TextField name="heldOn" type="date" label={t('checkIns.field.heldOn')} value={heldOn} onChange={(event) => setHeldOn(event.target.value)} required error={write.fieldError('heldOn')} />
      <AttendeesFields draft={attendees} onChange={setAttendees} members={members} error={write.error?.details.find((d) => d.path.startsWith('/attendees'))?.message} />
      <div className="row">
        <Button type="submit" variant="primary" isBusy={write.busy === 'create'}>{t('checkIns.create')}</Button>
        <Button onClick={() => { setIsOpen(false); requestAnimationFrame(() => document.getElementById('new-check-in-open')?.focus()); }}>{t('action.cancel')}</Button>
      </div>
    </form>
  );
}
