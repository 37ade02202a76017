import { useI18n } from '../../app/i18n/i18n-provider';
import type { CohortDashboardData, DashboardDeliverable, DeliverableStatus } from './dashboard-api';

type Column = CohortDashboardData['timeline']['deliverables'][number];

/* A glyph beside the colour, so the status reads in grey scale and for people who do not tell the colours apart. */
const glyphOf: Record<DeliverableStatus, string> = { not_started: '', in_progress: '•', in_review: '◐', complete: '✓' };

/**
 * The district's deliverables A-M (or the template's) in one compact row: each letter is a small
 * tile whose accessible name says the deliverable and its status ("F Organizational diagnostic
 * report: in review"). Deliverables the district added come after the template's.
 */
export function DeliverableStrip({ columns, deliverables }: { columns: CohortDashboardData['timeline']['deliverables']; deliverables: DashboardDeliverable[] }) {
  const { t } = useI18n();
  const byKey = new Map(deliverables.filter((d) => d.key).map((d) => [d.key, d]));
  const added = deliverables.filter((d) => !d.key || !columns.some((column) => column.key === d.key));
  const describe = (label: string, deliverable: DashboardDeliverable) => {
    const parts = [t(`cohortDashboard.status.${deliverable.status}`)];
    if (deliverable.reviewState !== 'none') parts.push(t(`cohortDashboard.review.${deliverable.reviewState}`));
    if (deliverable.isOverdue) parts.push(t('cohortDashboard.overdueMark'));
    return t('cohortDashboard.deliverableName', { label, status: parts.join(', ') });
  };
  const tile = (key: string, column: Pick<Column, 'letter' | 'name'>, deliverable: DashboardDeliverable | undefined) => {
    if (!deliverable) return null;
    const label = column.letter ? `${column.letter} ${column.name}` : column.name;
    const name = describe(label, deliverable);
    const classes = ['strip-tile', `strip-${deliverable.status}`, deliverable.isOverdue ? 'strip-overdue' : '', deliverable.reviewState === 'changes_requested' ? 'strip-changes' : ''].filter(Boolean).join(' ');
    return (
      <li key={key} className={classes} title={name}>
        <span className="visually-hidden">{name}</span>
        <span aria-hidden="true">
          <span className="strip-letter">{column.letter ?? '+'}</span>
          <span className="strip-glyph">{glyphOf[deliverable.status]}</span>
        </span>
      </li>
    );
  };
  return (
    <ul className="deliverable-strip">
      {columns.map((column) => tile(column.key, column, byKey.get(column.key)))}
      {added.map((deliverable) => tile(deliverable.id, deliverable, deliverable))}
    </ul>
  );
}
