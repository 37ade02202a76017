import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { useT } from '../../app/i18n/i18n-provider';
import { hasPermission } from '../../app/session';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import type { Invitation, NetworkDistrict } from '../api-types';
import { InvitationsSection } from './invitations-section';
import { MembersSection } from './members-section';
import './people.css';

/** Who belongs to the organization, with what role, and who has been invited. */
export function PeoplePage() {
  const t = useT();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const canManage = hasPermission(organization, 'members.manage');
  const isNetwork = organization!.kind === 'network';
  const invitations = useResource<{ invitations: Invitation[] }>(canManage ? `/api/organizations/${organizationId}/invitations` : null);
  // A network assigns its coaches to districts, so the member list needs the district names.
  const districts = useResource<{ districts: NetworkDistrict[] }>(isNetwork ? `/api/organizations/${organizationId}/districts` : null);

  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={organization!.name}
        titleContext={organization!.name}
        title={t('people.title')}
        description={canManage ? t('people.descriptionManage') : t('people.descriptionRead')}
      />
      <MembersSection organization={organization!} canManage={canManage} districts={districts.data?.districts ?? []} />
      {canManage && <InvitationsSection organization={organization!} resource={invitations} />}
    </div>
  );
}
