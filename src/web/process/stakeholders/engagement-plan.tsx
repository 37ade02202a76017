import type { CyclePhase } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Icon } from '../../app/ui/icons';
import { methodLabel, type Engagement, type LinkedSurvey, type StakeholderGroup } from './stakeholders-api';
import { EngagementCard } from './engagement-card';
import { PhaseSummaryLinks } from './phase-summary-links';
import type { EngagementTarget } from './engagement-dialog';

interface PlanViewProps {
  groups: StakeholderGroup[];
  phases: CyclePhase[];
  engagements: Engagement[];
  canEdit: boolean;
  onOpen: (target: EngagementTarget) => void;
  /** The district's surveys that name an engagement of this plan, by engagement id. */
  surveysByEngagement?: ReadonlyMap<string, readonly LinkedSurvey[]>;
  organizationId?: string;
}

function useLabels(groups: StakeholderGroup[], phases: CyclePhase[]) {
  const t = useT();
  const groupName = (id: string) => groups.find((g) => g.id === id)?.name ?? '';
  const phaseName = (id: string) => phases.find((p) => p.id === id)?.name ?? '';
  const editLabel = (e: Engagement) => t('plan.editEntry', { method: t(methodLabel(e.method)), group: groupName(e.stakeholderGroupId), phase: phaseName(e.phaseId) });
  return { groupName, phaseName, editLabel };
}

/** Groups down the side, phases across the top; each cell lists the group's engagements in that phase. */
export function EngagementGrid({ groups, phases, engagements, canEdit, onOpen, surveysByEngagement, organizationId }: PlanViewProps) {
  const t = useT();
  const { editLabel } = useLabels(groups, phases);
  return (
    <div className="engagement-grid-wrap" tabIndex={0} role="region" aria-label={t('plan.gridCaption')}>
      <table className="table engagement-grid">
        <caption className="visually-hidden">{t('plan.gridCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.groupColumn')}</th>
            {phases.map((phase) => (
              <th scope="col" key={phase.id}>
                {phase.name}
                <PhaseSummaryLinks phase={phase} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.id}>
              <th scope="row">{group.name}</th>
              {phases.map((phase) => {
                const here = engagements.filter((e) => e.stakeholderGroupId === group.id && e.phaseId === phase.id);
                return (
                  <td key={phase.id}>
                    <div className="engagement-cell">
                      {here.map((e) => (
                        <EngagementCard key={e.id} engagement={e} editLabel={editLabel(e)} onEdit={canEdit ? () => onOpen({ engagement: e }) : undefined} surveys={surveysByEngagement?.get(e.id)} organizationId={organizationId} />
                      ))}
                      {here.length === 0 && !canEdit && <span className="muted">{t('plan.cellEmpty')}</span>}
                      {canEdit && (
                        <button type="button" className="engagement-add" onClick={() => onOpen({ groupId: group.id, phaseId: phase.id })}>
                          <Icon name="plus" size={16} />
                          <span className="visually-hidden">{t('plan.addIn', { group: group.name, phase: phase.name })}</span>
                        </button>
                      )}
                    </div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The same plan as one list in phase order, readable on a phone. */
export function EngagementList({ groups, phases, engagements, canEdit, onOpen, surveysByEngagement, organizationId }: PlanViewProps) {
  const { groupName, phaseName, editLabel } = useLabels(groups, phases);
  const t = useT();
  const phaseOrder = new Map(phases.map((p, i) => [p.id, i]));
  const groupOrder = new Map(groups.map((g, i) => [g.id, i]));
  const sorted = [...engagements].sort((a, b) => (phaseOrder.get(a.phaseId) ?? 0) - (phaseOrder.get(b.phaseId) ?? 0) || (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') || (groupOrder.get(a.stakeholderGroupId) ?? 0) - (groupOrder.get(b.stakeholderGroupId) ?? 0));
  return (
    <ul className="plain-list engagement-list">
      {sorted.map((e) => (
        <li key={e.id}>
          <EngagementCard engagement={e} place={t('plan.inPhase', { group: groupName(e.stakeholderGroupId), phase: phaseName(e.phaseId) })} editLabel={editLabel(e)} onEdit={canEdit ? () => onOpen({ engagement: e }) : undefined} surveys={surveysByEngagement?.get(e.id)} organizationId={organizationId} />
        </li>
      ))}
    </ul>
  );
}
