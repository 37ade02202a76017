import { NavLink } from 'react-router';
import { useT } from '../app/i18n/i18n-provider';
import type { MessageKey } from '../app/i18n/message-catalogue';
import { dataPath } from './evidence-api';

const sections: { segment: string; label: MessageKey }[] = [
  { segment: '', label: 'data.section.files' },
  { segment: 'indicators', label: 'data.section.indicators' },
  { segment: 'schools', label: 'data.section.schools' },
  { segment: 'groups', label: 'data.section.groups' },
  { segment: 'retreats', label: 'data.section.retreats' },
];

/** The data area's own tabs, so each of its pages is one click from the others. */
export function DataSections({ organizationId }: { organizationId: string }) {
  const t = useT();
  return (
    <nav className="section-nav" aria-label={t('data.section.label')}>
      <ul>
        {sections.map((section) => (
          <li key={section.segment}>
            <NavLink to={dataPath(organizationId, section.segment)} end={section.segment === ''} className="section-nav-link">
              {t(section.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
