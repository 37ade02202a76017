import { Link } from 'react-router';
import { useT } from './i18n/i18n-provider';
import { homePathFor } from './layout/current-organization';
import { useSession } from './session';
import { buttonClass } from './ui/button';
import { Icon } from './ui/icons';
import { PageHeader } from './ui/page-header';

/** Shown instead of a page the user cannot open, or a URL that matches nothing. */
export function NoAccessPage({ reason }: { reason: 'organization' | 'permission' | 'not_found' }) {
  const t = useT();
  const { session } = useSession();
  const title = reason === 'not_found' ? t('noAccess.notFoundTitle') : t('noAccess.title');
  const text =
    reason === 'organization' ? t('noAccess.organization') : reason === 'permission' ? t('noAccess.permission') : t('noAccess.notFound');
  return (
    <div className="stack-lg" style={{ width: '100%', maxWidth: '40rem' }}>
      <PageHeader title={title} />
      <div className="card card-body stack">
        <div className="row">
          <span className="empty-state-icon">
            <Icon name="shield" size={22} />
          </span>
          <p style={{ flex: 1 }}>{text}</p>
        </div>
        <div>
          <Link className={buttonClass('primary')} to={session ? homePathFor(session.organizations) : '/'}>
            {t('noAccess.home')}
          </Link>
        </div>
      </div>
    </div>
  );
}
