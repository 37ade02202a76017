import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n-provider';

/** The settings page's way to the district's student groups, which have a page of their own (the list is long). */
export function StudentGroupsLink({ organizationId }: { organizationId: string }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="settings-student-groups" id="student-groups">
      <div className="card-header">
        <div>
          <h2 id="settings-student-groups">
            <Link to={`/o/${organizationId}/student-groups`}>{t('groups.settingsLink')}</Link>
          </h2>
          <p>{t('groups.settingsLinkText')}</p>
        </div>
      </div>
    </section>
  );
}
