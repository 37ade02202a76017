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
import { updateFormPath } from '../../monitoring/updates/updates-api';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { ownableKinds, ownersApi, type ElementOwner as Owner, type OwnerCandidate } from './owners-api';
import './element-owner.css';

/**
 * The one owner of a measure, strategy or action: a person of the district, whatever the plan's
 * lifecycle. Planners choose among the district's active members; everyone else reads the name.
 * The plan's own words for the owner are shown as the role they name. "Post update" opens the
 * update form while the plan is monitored.
 */
export function ElementOwner({ element }: { element: PlanElement }) {
  const t = useT();
  const say = useAnnounce();
  const selectId = useId();
  const { organization, plan, owners, refreshChecks, permissions } = usePlanWorkspace();
  const canManage = permissions.hasEdit;
  const people = useResource<{ people: OwnerCandidate[] }>(canManage ? ownersApi.candidates(plan.id) : null);
  const owner = owners.data?.owners.find((candidate) => candidate.elementKey === element.key && candidate.userId) ?? null;
  const [choice, setChoice] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const isMonitored = plan.lifecycle === 'adopted' || plan.lifecycle === 'amending';
  const canPost = isMonitored && element.kind !== 'strategy' && hasPermission(organization, 'monitoring.update');
  const role = typeof element.fields.owner === 'string' ? element.fields.owner.trim() : '';

  useEffect(() => setChoice(owner?.userId ?? ''), [owner?.userId, element.key]);

  if (!ownableKinds.has(element.kind)) return null;

  const save = async () => {
    setIsSaving(true);
    setError(null);
    try {
      const saved = await api.put<Owner>(ownersApi.owner(plan.id, element.key), { userId: choice || null });
      owners.setData((current) => ({ owners: [...(current?.owners ?? []).filter((item) => item.elementKey !== element.key), saved] }));
      say(saved.userId ? t('owners.saved', { name: saved.name ?? '' }) : t('owners.cleared'));
      refreshChecks();
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  const active = people.data?.people ?? [];
  const options = owner && !active.some((person) => person.userId === owner.userId) ? [{ userId: owner.userId!, name: owner.name ?? '', email: '' }, ...active] : active;
  const isChanged = choice !== (owner?.userId ?? '');

  return (
    <div className="element-owner">
      {canManage && people.data ? (
        <div className="element-owner-pick">
          <label className="field-label" htmlFor={selectId}>
            {t('owners.label')}
          </label>
          <div className="row">
            <select id={selectId} className="select element-owner-select" value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value="">{t('owners.none')}</option>
              {options.map((person) => (
                <option key={person.userId} value={person.userId}>
                  {person.name}
                </option>
              ))}
            </select>
            <Button size="small" variant="primary" disabled={!isChanged} isBusy={isSaving} onClick={() => void save()}>
              {t('owners.save')}
            </Button>
          </div>
        </div>
      ) : (
        <p className="element-owner-read">
          <span className="field-label">{t('owners.label')}:</span> {owners.data ? (owner?.name ?? <span className="muted">{t('owners.none')}</span>) : '…'}
        </p>
      )}
      {role && <p className="muted element-owner-role">{t('owners.role', { role })}</p>}
      {canPost && (
        <Link className={buttonClass('secondary', 'small')} to={updateFormPath(organization.id, plan.id, element.key)}>
          {t('owners.postUpdate')}
        </Link>
      )}
      {error && <ErrorAlert error={error} title={t('owners.failed')} onDismiss={() => setError(null)} />}
      {owners.error && <ErrorAlert error={owners.error} title={t('owners.loadFailed')} />}
    </div>
  );
}
