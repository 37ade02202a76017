import { useEffect, useState } from 'react';
import type { Role, SessionOrganization } from '../../app/api-types';
import type { Member } from '../api-types';
import { rolesFor } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { useRoleLabel } from '../../app/role-labels';

interface RoleChooserProps {
  member: Member;
  organization: SessionOrganization;
  isBusy: boolean;
  /** Resolves false when the server refused; the select then shows the role the member still has. */
  onChangeRole: (role: Role) => Promise<boolean>;
}

/**
 * Picking a role does not save it at once: with the keyboard, arrow keys walk through every
 * option of a closed select, and each step would otherwise be a saved (and audited) role change.
 * The choice is confirmed with Save, or undone with Cancel.
 */
export function RoleChooser({ member, organization, isBusy, onChangeRole }: RoleChooserProps) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const [chosen, setChosen] = useState<Role>(member.role);
  const isChanged = chosen !== member.role;

  // A saved change, a refused one (the server keeps the old role) or a reload all reset the choice.
  useEffect(() => setChosen(member.role), [member.role, member.version]);

  return (
    <span className="role-chooser">
      <select
        className="select select-compact"
        aria-label={t('people.roleFor', { name: member.name })}
        value={chosen}
        disabled={isBusy}
        onChange={(event) => setChosen(event.target.value as Role)}
      >
        {rolesFor(organization.kind).map((role) => (
          <option key={role} value={role}>
            {roleLabel(role)}
          </option>
        ))}
      </select>
      {isChanged && (
        <>
          <Button variant="primary" size="small" isBusy={isBusy} onClick={() => void onChangeRole(chosen).then((isSaved) => isSaved || setChosen(member.role))} aria-label={t('people.saveRoleFor', { name: member.name })}>
            {t('people.saveRole')}
          </Button>
          <Button variant="quiet" size="small" disabled={isBusy} onClick={() => setChosen(member.role)} aria-label={t('people.cancelRoleFor', { name: member.name })}>
            {t('action.cancel')}
          </Button>
        </>
      )}
    </span>
  );
}
