import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { PageHeader } from '../../app/ui/page-header';
import { CreateDistrictSection } from './create-district-section';
import { OrganizationNameForm } from './organization-name-form';
import { SchoolsSection } from './schools-section';
import { MonitoringPeopleSection } from '../../monitoring/updates/monitoring-people-section';
import { MonitoringSettingsSection } from '../../monitoring/updates/monitoring-settings-section';
import { StudentGroupsLink } from '../../monitoring/student-groups/student-groups-link';

/** What an administrator keeps up to date about the organization itself. */
export function SettingsPage() {
  const t = useT();
  const { organization } = useOrganizationInUrl();
  const location = useLocation();
  const isNetwork = organization!.kind === 'network';

  useEffect(() => {
    // Links such as "Add a district" point at a section of this page.
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [location.hash]);

  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={organization!.name}
        titleContext={organization!.name}
        title={t('settings.title')}
        description={t('settings.description')}
      />
      <OrganizationNameForm organizationId={organization!.id} />
      {!isNetwork && <SchoolsSection organizationId={organization!.id} />}
      {!isNetwork && hasPermission(organization, 'monitoring.read') && (
        <>
          <MonitoringSettingsSection organizationId={organization!.id} canManage={hasPermission(organization, 'monitoring.manage')} />
          <MonitoringPeopleSection organizationId={organization!.id} canManage={hasPermission(organization, 'monitoring.manage')} />
          <StudentGroupsLink organizationId={organization!.id} />
        </>
      )}
      {isNetwork && <CreateDistrictSection organizationId={organization!.id} canCreate={hasPermission(organization, 'districts.create')} />}
    </div>
  );
}
