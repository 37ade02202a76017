import { NavLink, useLocation } from 'react-router';
import type { SessionOrganization } from '../api-types';
import { useT } from '../i18n/i18n-provider';
import { useSignedIn } from '../session';
import { Badge } from '../ui/badge';
import { Icon } from '../ui/icons';
import { areaPath, useOrganizationAreas } from './navigation-items';

/** The area menu: the current organization's areas, then what belongs to the person and the instance. */
interface PrimaryNavigationProps {
  id: string;
  organization: SessionOrganization | undefined;
  /** On a phone the navigation is an open menu; Escape closes it like any other menu. */
  onEscape: () => void;
}

export function PrimaryNavigation({ id, organization, onEscape }: PrimaryNavigationProps) {
  const t = useT();
  const { user } = useSignedIn();
  const areas = useOrganizationAreas()(organization);
  const { pathname } = useLocation();
  // On the pages of an area nested in another (engagement/focus-groups in engagement), only the nested one is current.
  const isInNestedArea = (segment: string) =>
    areas.some((other) => other.segment.startsWith(`${segment}/`) && pathname.startsWith(areaPath(organization!.id, other.segment)));

  return (
    <nav id={id} className="app-nav" aria-label={t('nav.label')} onKeyDown={(event) => event.key === 'Escape' && onEscape()}>
      {organization && (
        <div className="nav-organization">
          <span className="nav-organization-name">{organization.name}</span>
          <Badge tone="brand" hasDot={false}>
            {organization.kind === 'network' ? t('organization.kind.network') : t('organization.kind.district')}
          </Badge>
        </div>
      )}
      {areas.length > 0 && (
        <ul className="nav-list">
          {areas.map((area) => (
            <li key={area.segment}>
              <NavLink className="nav-link" to={areaPath(organization!.id, area.segment)} end={area.segment === '' || isInNestedArea(area.segment)}>
                <Icon name={area.icon} />
                {t(area.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      )}
      <p className="nav-section-label" id={`${id}-personal`}>
        {t('nav.you')}
      </p>
      <ul className="nav-list" aria-labelledby={`${id}-personal`}>
        <li>
          <NavLink className="nav-link" to="/account">
            <Icon name="account" />
            {t('nav.account')}
          </NavLink>
        </li>
      </ul>
      {user.isOperator && (
        <>
          <p className="nav-section-label" id={`${id}-instance`}>
            {t('nav.instance')}
          </p>
          <ul className="nav-list" aria-labelledby={`${id}-instance`}>
            <li>
              <NavLink className="nav-link" to="/outbox">
                <Icon name="server" />
                {t('nav.instanceOutbox')}
              </NavLink>
            </li>
          </ul>
        </>
      )}
    </nav>
  );
}
