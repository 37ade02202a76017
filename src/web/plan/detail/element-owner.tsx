import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../../app/api';
import type { PlanElement } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { hasPermission } from '../../app/session';
import { useAnnounce } from '../../app/ui/announcer';
import { Button, buttonClass } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { useResource } from '../../app/use-resource';
import { updateFormPath, updatesApi, type ElementOwner as Owner, type MonitoringPerson } from '../../monitoring/updates/updates-api';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import '../../monitoring/updates/updates.css';
import './element-owner.css';

/**
 * Who updates a measure or an action once the plan is adopted: planners choose among the district's
 * active members; everyone else reads the name. "Post update" opens the update form while the plan
 * is adopted (or being amended, when the adopted version is still what is monitored).
 */
export function ElementOwner({ element }: { element: PlanElement }) {
  const t = useT();
  const say = useAnnounce();
  const selectId = useId();
  const { organization, plan } = usePlanWorkspace();
  const canManage = hasPermission(organization, 'monitoring.manage');
  const canRead = hasPermission(organization, 'monitoring.read');
  const owners = useResource<{ owners: Owner[] }>(canRead ? updatesApi.owners(plan.id) : null);
  const people = useResource<{ people: MonitoringPerson[] }>(canManage ? updatesApi.people(organization.id) : null);
  const owner = owners.data?.owners.find((candidate) => candidate.elementKey === element.key && candidate.userId) ?? null;
  const [choice, setChoice] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const isMonitored = plan.lifecycle === 'adopted' || plan.lifecycle === 'amending';
  const canPost = isMonitored && hasPermission(organization, 'monitoring.update');

  useEffect(() => setChoice(owner?.userId ?? ''), [owner?.userId, element.key]);

  if (!canRead || (element.kind !== 'measure' && element.kind !== 'action')) return null;

  const save = async () => {
    setIsSaving(true);
    setError(null);
    try {
      const saved = await api.put<Owner>(updatesApi.owner(plan.id, element.key), { userId: choice || null });
      owners.setData((current) => ({ owners: [...(current?.owners ?? []).filter((item) => item.elementKey !== element.key), saved] }));
      say(saved.userId ? t('updates.owner.saved', { name: saved.name ?? '' }) : t('updates.owner.cleared'));
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  const active = people.data?.people ?? [];
  const options = owner && !active.some((person) => person.userId === owner.userId) ? [{ userId: owner.userId!, name: owner.name ?? '' }, ...active] : active;
  const isChanged = choice !== (owner?.userId ?? '');

  return (
    <div className="element-owner">
      {canManage && people.data ? (
        <div className="element-owner-pick">
          <label className="field-label" htmlFor={selectId}>
            {t('updates.owner.label')}
          </label>
          <div className="row">
            <select id={selectId} className="select element-owner-select" value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value="">{t('updates.owner.none')}</option>
              {options.map((person) => (
                <option key={person.userId} value={person.userId}>
                  {person.name}
                </option>
              ))}
            </select>
            <Button size="small" variant="primary" disabled={!isChanged} isBusy={isSaving} onClick={() => void save()}>
              {t('updates.owner.save')}
            </Button>
          </div>
        </div>
      ) : (
        <p className="element-owner-read">
          <span className="field-label">{t('updates.owner.label')}:</span> {owners.data ? (owner?.name ?? <span className="muted">{t('updates.owner.none')}</span>) : '…'}
        </p>
      )}
      {canPost && (
        <Link className={buttonClass('secondary', 'small')} to={updateFormPath(organization.id, plan.id, element.key)}>
          {t('updates.owner.postUpdate')}
        </Link>
      )}
      {error && <ErrorAlert error={error} title={t('updates.owner.failed')} onDismiss={() => setError(null)} />}
      {owners.error && <ErrorAlert error={owners.error} title={t('updates.owner.loadFailed')} />}
    </div>
  );
}
