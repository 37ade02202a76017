import { useState } from 'react';
import { api, type ApiError } from '../../app/api';
import type { SessionOrganization, SessionResponse } from '../../app/api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { roleTone, useRoleLabel } from '../../app/role-labels';
import { hasPermission } from '../../app/session';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { useResource } from '../../app/use-resource';
import { useStartSession } from '../sign-in/use-start-session';

interface DemoLogin {
  name: string;
  email: string;
  title: string;
  role: SessionOrganization['role'];
  password: string;
}

/**
 * "Try the demo as…": the demo district's people with the demo password, for its administrators.
 * Only a district the server marks as the demo is asked, and the server answers only for its own
 * people whose password is still the demo one, so no real password can ever appear here.
 */
export function DemoLoginsSection({ organization }: { organization: SessionOrganization }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const startSession = useStartSession();
  const isShown = organization.isDemo && hasPermission(organization, 'members.manage');
  const logins = useResource<{ logins: DemoLogin[] }>(isShown ? `/api/organizations/${organization.id}/demo-logins` : null);
  const [switching, setSwitching] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  if (!isShown || !logins.data?.logins.length) return null;

  // Signs this session out and the demo person in, landing on the demo district as they see it.
  const tryAs = async (login: DemoLogin) => {
    setSwitching(login.email);
    setError(null);
    try {
      await api.post('/api/auth/sign-out');
      const session = await api.post<SessionResponse>('/api/auth/sign-in', { email: login.email, password: login.password });
      startSession(session, `/o/${organization.id}`);
    } catch (caught) {
      setError(caught as ApiError);
      setSwitching(null);
    }
  };

  return (
    <section className="card" aria-labelledby="overview-demo">
      <div className="card-header">
        <div>
          <h2 id="overview-demo">{t('overview.demo.title')}</h2>
          <p className="muted">{t('overview.demo.description')}</p>
        </div>
      </div>
      {error && <ErrorAlert error={error} title={t('overview.demo.failed')} />}
      <ul className="demo-logins">
        {logins.data.logins.map((login) => (
          <li key={login.email} className="list-row">
            <div className="stack demo-login-person">
              <span className="standing-name">{login.name}</span>
              <span className="row standing-meta">
                <span className="muted">{login.title}</span>
                <Badge tone={roleTone[login.role]}>{roleLabel(login.role)}</Badge>
              </span>
            </div>
            <dl className="demo-login-credentials">
              <dt>{t('field.email')}</dt>
              <dd className="mono">{login.email}</dd>
              <dt>{t('field.password')}</dt>
              <dd className="mono">{login.password}</dd>
            </dl>
            <Button size="small" isBusy={switching === login.email} onClick={() => void tryAs(login)}>
              {t('overview.demo.tryAs', { name: login.name.split(' ')[0]! })}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
