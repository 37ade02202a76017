import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { producedIn } from './produced-in';

/** What a deliverable's work area holds for the cycle (GET /api/cycles/{id}/deliverable-work). */
export interface DeliverableWork {
  count: number;
  /** How many the work needs, when it has a known size (the Instructional Focus's four pages). */
  of: number | null;
  unit: string;
  is_done: boolean;
}

interface ProducedInLinkProps {
  linksTo: string | null;
  organizationId: string;
  cycleId: string;
  planId: string | null;
  work?: DeliverableWork;
}

const workUnits: Record<string, MessageKey> = {
  datasets: 'cycleLink.work.datasets',
  charts: 'cycleLink.work.charts',
  items: 'cycleLink.work.items',
  priorities: 'cycleLink.work.priorities',
  pages: 'cycleLink.work.pages',
  contributions: 'cycleLink.work.contributions',
  themes: 'cycleLink.work.themes',
};

/** "Worked on in: Plan measures", a link when there is a screen to go to, and how much is there when Waymark knows. */
export function ProducedInLink({ linksTo, organizationId, cycleId, planId, work }: ProducedInLinkProps) {
  const t = useT();
  const where = producedIn(linksTo, organizationId, cycleId, planId);
  if (!where) return null;
  const unit = work ? workUnits[work.unit] : undefined;
  return (
    <span className="produced-in">
      {t('cycleLink.workedOnIn')}:{' '}
      {where.to ? <Link to={where.to}>{t(where.label)}</Link> : <span>{t(where.label)}</span>}
      {work && unit && <span className="produced-in-work">{' · '}{work.count === 0 ? t('cycleLink.work.empty') : t(unit, { count: work.count, of: work.of ?? work.count })}</span>}
    </span>
  );
}
