import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n-provider';
import { producedIn } from './produced-in';

interface ProducedInLinkProps {
  linksTo: string | null;
  organizationId: string;
  cycleId: string;
  planId: string | null;
}

/** "Worked on in: Plan measures", a link when there is a screen to go to. */
export function ProducedInLink({ linksTo, organizationId, cycleId, planId }: ProducedInLinkProps) {
  const t = useT();
  const where = producedIn(linksTo, organizationId, cycleId, planId);
  if (!where) return null;
  return (
    <span className="produced-in">
      {t('cycleLink.workedOnIn')}:{' '}
      {where.to ? <Link to={where.to}>{t(where.label)}</Link> : <span>{t(where.label)}</span>}
    </span>
  );
}
