import { useState } from 'react';
import { api } from '../../app/api';
import type { Role, SessionOrganization } from '../../app/api-types';
import type { Invitation } from '../api-types';
import { rolesFor } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { checkEmail, checkRequired } from '../../app/form-checks';
import { useRoleDescription, useRoleLabel } from '../../app/role-labels';

/** The least powerful useful role is the default: people are invited to contribute, not to administer. */
function defaultRoleFor(kind: SessionOrganization['kind']): Role {
  return kind === 'network' ? 'coach' : 'contributor';
}

export function InviteForm({ organization, onInvited }: { organization: SessionOrganization; onInvited: (invitation: Invitation) => void }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const roleDescription = useRoleDescription();
  const [role, setRole] = useState<Role>(defaultRoleFor(organization.kind));

  const form = useFormSubmit({
    validate: (data) => checkEmail(t, data, 'email', checkRequired(t, data, ['email'])),
    submit: async (data) => {
      const invitation = await api.post<Invitation>(`/api/organizations/${organization.id}/invitations`, { email: textOf(data, 'email'), role });
      form.formRef.current?.reset();
      onInvited(invitation);
    },
  });

  return (
    <form ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit} aria-label={t('invitations.formLabel')}>
      {form.error && form.error.code !== 'already_exists' && <ErrorAlert error={form.error} title={t('invitations.failed')} />}
      <div className="form-grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(13rem, 1fr))' }}>
        <TextField
          name="email"
          type="email"
          label={t('field.email')}
          // The server's words for this case are a fragment ("is already a member"); say it in the reader's language.
          error={form.error?.code === 'already_exists' ? t('invitations.alreadyMember') : form.fieldErrors.email}
          autoComplete="off"
          required
        />
        <SelectField
          name="role"
          label={t('people.column.role')}
          hint={roleDescription(role)}
          error={form.fieldErrors.role}
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          options={rolesFor(organization.kind).map((value) => ({ value, label: roleLabel(value) }))}
        />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" isBusy={form.isSubmitting}>
          {t('invitations.submit')}
        </Button>
      </div>
    </form>
  );
}
