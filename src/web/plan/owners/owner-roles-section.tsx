import { useEffect, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { ownersApi, type OwnerCandidate, type OwnerRole } from './owners-api';

/**
 * The owners an imported plan names in words ("Director of Curriculum"), each offered for
 * matching to a person: one choice gives the person every element naming that role that has
 * nobody yet. The suggested person is preselected when the role spells out a name.
 */
export function OwnerRolesSection({ people }: { people: readonly OwnerCandidate[] | null }) {
  const t = useT();
  const { plan, owners, refreshChecks, permissions } = usePlanWorkspace();
  const roles = useResource<{ roles: OwnerRole[] }>(ownersApi.roles(plan.id));
  const open = (roles.data?.roles ?? []).filter((role) => role.unmatchedKeys.length > 0);

  const onMatched = async () => {
    await Promise.all([roles.reload(), owners.reload()]);
    refreshChecks();
  };

  return (
    <section className="card" aria-labelledby="owner-roles-heading">
      <div className="card-header">
        <div>
          <h2 id="owner-roles-heading">{t('owners.rolesTitle')}</h2>
          <p>{t('owners.rolesDescription')}</p>
        </div>
      </div>
      <div className="card-body stack">
        {roles.error && <ErrorAlert error={roles.error} title={t('owners.loadFailed')} />}
        {roles.data && open.length === 0 && <p className="muted">{t('owners.rolesNone')}</p>}
        {open.length > 0 && (
          <ul className="owner-roles">
            {open.map((role) => (
              <RoleRow key={role.role} role={role} people={permissions.hasEdit ? people : null} onMatched={onMatched} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function RoleRow({ role, people, onMatched }: { role: OwnerRole; people: readonly OwnerCandidate[] | null; onMatched: () => Promise<void> }) {
  const t = useT();
  const say = useAnnounce();
  const { plan } = usePlanWorkspace();
  const [choice, setChoice] = useState(role.suggestion?.userId ?? '');
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => setChoice(role.suggestion?.userId ?? ''), [role.suggestion?.userId]);

  const match = async () => {
    setIsSaving(true);
    setError(null);
    try {
      const result = await api.post<{ assigned: string[] }>(ownersApi.matchRole(plan.id), { role: role.role, userId: choice });
      say(t('owners.matched', { name: people?.find((person) => person.userId === choice)?.name ?? '', count: result.assigned.length }));
      await onMatched();
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <li className="owner-role list-row">
      <div className="owner-role-text">
        <strong>{role.role}</strong>
        <span className="muted"> · {t('owners.roleElements', { count: role.elementKeys.length, unmatched: role.unmatchedKeys.length })}</span>
        {role.suggestion && (
          <span className="owner-role-suggestion">
            <Badge tone="info">{t('owners.suggested', { name: role.suggestion.name })}</Badge>
          </span>
        )}
      </div>
      {people && (
        <div className="owner-role-match">
          <SelectField
            name="userId"
            label={t('owners.matchTo', { role: role.role })}
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
            options={[{ value: '', label: t('owners.none') }, ...people.map((person) => ({ value: person.userId, label: person.name }))]}
            error={error?.fieldErrors.userId}
          />
          <Button size="small" variant="primary" disabled={!choice} isBusy={isSaving} onClick={() => void match()}>
            {t('owners.match')}
          </Button>
        </div>
      )}
      {error && <ErrorAlert error={error} title={t('owners.matchFailed')} onDismiss={() => setError(null)} />}
    </li>
  );
}
