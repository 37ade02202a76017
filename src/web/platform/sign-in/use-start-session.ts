import { useNavigate, useSearchParams } from 'react-router';
import type { SessionResponse } from '../../app/api-types';
import { homePathFor } from '../../app/layout/current-organization';
import { useSession } from '../../app/session';

/** Only paths inside the application are followed after sign-in: no open redirect through ?next=. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

/** Starts the session the server just opened and goes where the user was heading. */
export function useStartSession() {
  const { startSession } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  return (session: SessionResponse, preferredPath?: string) => {
    startSession(session);
    navigate(safeNext(searchParams.get('next')) ?? preferredPath ?? homePathFor(session.organizations), { replace: true });
  };
}
