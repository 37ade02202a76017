import { useId } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { SessionOrganization } from '../api-types';
import { useT } from '../i18n/i18n-provider';
import { useSignedIn } from '../session';
import { useNavigationOrganization } from './current-organization';
import { areaPath, useOrganizationAreas } from './navigation-items';

/**
 * Switches between the organizations of the session. It keeps the user in the same area when the
 * other organization allows it (People stays People), otherwise it opens that organization's overview.
 */
export function OrganizationSwitcher() {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const location = useLocation();
  const { organizations } = useSignedIn();
  const current = useNavigationOrganization();
  const areasFor = useOrganizationAreas();
  if (organizations.length === 0 || !current) return null;

  const networks = organizations.filter((organization) => organization.kind === 'network');
  const districts = organizations.filter((organization) => organization.kind === 'district');
  const isOnlyDistricts = networks.length === 0;

  const switchTo = (organizationId: string) => {
    const target = organizations.find((organization) => organization.id === organizationId);
    if (!target) return;
    const currentSegment = location.pathname.match(/^\/o\/[^/]+\/([^/]+)/)?.[1] ?? '';
    const keepsArea = areasFor(target).some((area) => area.segment === currentSegment);
    navigate(areaPath(target.id, keepsArea ? currentSegment : ''));
  };

  const option = (organization: SessionOrganization) => (
    <option key={organization.id} value={organization.id}>
      {organization.name}
    </option>
  );

  return (
    <div className="header-field">
      <label htmlFor={id}>{isOnlyDistricts ? t('header.district') : t('header.organization')}</label>
      <select id={id} className="header-select" value={current.id} onChange={(event) => switchTo(event.target.value)}>
        {isOnlyDistricts ? (
          districts.map(option)
        ) : (
          <>
            <optgroup label={t('header.networks')}>{networks.map(option)}</optgroup>
            {districts.length > 0 && <optgroup label={t('header.districts')}>{districts.map(option)}</optgroup>}
          </>
        )}
      </select>
    </div>
  );
}
