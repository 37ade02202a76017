import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Button } from '../../app/ui/button';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import type { CycleSummary } from '../../process/api-types';
import { processApi } from '../../process/cycles/process-api';
import { DataSections } from '../data-sections';
import { CycleRetreats } from './cycle-retreats';
import { NewRetreatDialog } from './new-retreat-dialog';
import { retreatPath, retreatsPath } from './retreat-api';
import type { RetreatSummary } from './retreat-types';
import '../evidence.css';
import './retreats.css';

/**
 * The district's data retreats, cycle by cycle (the newest cycle first): each a session of its
 * cycle, with how far its board has come. Planners start one here; `?cycle=` (the cycle's checklist
 * links here) shows that cycle alone and preselects it for a new retreat.
 */
export function RetreatsListPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const canEdit = hasPermission(organization, 'evidence.edit');
  const [params] = useSearchParams();
  const cycleFilter = params.get('cycle');
  const cycles = useResource<{ cycles: CycleSummary[] }>(processApi.cycles(organizationId));
  const allCycles = useMemo(() => [...(cycles.data?.cycles ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate)), [cycles.data]);
  const shown = cycleFilter ? allCycles.filter((cycle) => cycle.id === cycleFilter) : allCycles;
  const [isCreating, setIsCreating] = useState(false);
  const [retreatsByCycle, setRetreatsByCycle] = useState<Record<string, RetreatSummary[]>>({});
  const takenSessionIds = useMemo(() => new Set(Object.values(retreatsByCycle).flatMap((list) => list.map((retreat) => retreat.session_id))), [retreatsByCycle]);

  return (
    <div className="stack-lg">
      <PageHeader
        eyebrow={organization!.name}
        titleContext={organization!.name}
        title={t('retreats.title')}
        description={t('retreats.description')}
        actions={
          canEdit && allCycles.length > 0 ? (
            <Button variant="primary" onClick={() => setIsCreating(true)}>
              {t('retreats.new.open')}
            </Button>
          ) : undefined
        }
      />
      <DataSections organizationId={organizationId} />
      {cycleFilter && (
        <p>
          <Link to={retreatsPath(organizationId)}>{t('retreats.allCycles')}</Link>
        </p>
      )}
      <section className="card" aria-labelledby="retreat-cycles-heading">
        <div className="card-header">
          <h2 id="retreat-cycles-heading">{t('retreats.byCycle')}</h2>
        </div>
        <ResourceStates resource={cycles} isEmpty={shown.length === 0} errorTitle={t('retreats.cyclesFailed')} emptyIcon="inbox" emptyTitle={t(cycleFilter ? 'retreats.noSuchCycle' : 'retreats.noCycles')} emptyText={t('retreats.noCyclesText')}>
          <div className="card-body stack-lg">
            {shown.map((cycle) => (
              <CycleRetreats key={cycle.id} organizationId={organizationId} cycle={cycle} onLoaded={(list) => setRetreatsByCycle((current) => ({ ...current, [cycle.id]: list }))} />
            ))}
          </div>
        </ResourceStates>
      </section>
      {canEdit && allCycles.length > 0 && (
        <NewRetreatDialog
          isOpen={isCreating}
          cycles={allCycles}
          initialCycleId={cycleFilter}
          takenSessionIds={takenSessionIds}
          onClose={() => setIsCreating(false)}
          onCreated={(retreat) => {
            setIsCreating(false);
            navigate(retreatPath(organizationId, retreat.id));
          }}
        />
      )}
    </div>
  );
}
