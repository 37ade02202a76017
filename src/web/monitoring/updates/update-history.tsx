import { useI18n } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { Badge } from '../../app/ui/badge';
import { EmptyState } from '../../app/ui/empty-state';
import { useChoiceLabel } from '../../plan/fields/choices';
import { changesBetween, withPrevious, type RevisionChange } from './revision-changes';
import { sourceLabel, useUnitText, useValueText } from './update-format';
import { updatesApi, type ElementUpdate, type ElementUpdates } from './updates-api';
import './update-history.css';

const narrativeLabel: Record<'happened' | 'why' | 'nextSteps', MessageKey> = {
  happened: 'updates.happened',
  why: 'updates.why',
  nextSteps: 'updates.nextSteps',
};

interface UpdateHistoryProps {
  element: ElementUpdates;
  /** Evidence downloads need a session; a mailed link's page lists the file names only. */
  canDownload: boolean;
}

/** Every revision, newest first: who posted it, when, through what, and what a correction changed. */
export function UpdateHistory({ element, canDownload }: UpdateHistoryProps) {
  const { t, formatDateTime } = useI18n();
  const unitText = useUnitText();
  const valueText = useValueText();
  const choiceLabel = useChoiceLabel();
  const unit = unitText(element);
  const group = (subgroup: string | null | undefined) => subgroup ?? t('updates.allStudents');
  const shown = (change: RevisionChange, value: string | number | null) => {
    if (value === null || value === '') return t('updates.history.empty');
    if (change.field === 'value' && typeof value === 'number') return valueText(value, unit);
    if (change.field === 'percentComplete') return `${value}%`;
    if (change.field === 'actionStatus') return choiceLabel('status', value);
    return String(value);
  };
  const changeName = (change: RevisionChange) => {
    switch (change.field) {
      case 'value':
        return group(change.subgroup);
      case 'n':
        return t('updates.nOf', { group: group(change.subgroup) });
      case 'actionStatus':
        return t('updates.actionStatus');
      case 'percentComplete':
        return t('updates.percentComplete');
      default:
        return t(narrativeLabel[change.field]);
    }
  };

  if (element.updates.length === 0) return <EmptyState icon="inbox" title={t('updates.history.emptyTitle')}>{t('updates.history.emptyText')}</EmptyState>;

  return (
    <ol className="update-history">
      {withPrevious(element.updates).map(({ update, previous }) => {
        const changes = changesBetween(previous, update);
        return (
          <li key={update.id} className="update-revision">
            <div className="update-revision-head">
              <h3 className="update-revision-title">
                {update.periodLabel} · {t('updates.history.revision', { revision: update.revision })}
              </h3>
              {update.revision > 1 && <Badge tone="warning">{t('updates.history.correction')}</Badge>}
              <Badge tone="neutral" hasDot={false}>
                {t(sourceLabel[update.source])}
              </Badge>
            </div>
            <p className="update-revision-meta">{t('updates.history.postedBy', { author: update.author, date: formatDateTime(update.createdAt) })}</p>
            {update.correctionNote && (
              <p className="update-correction-note">
                <strong>{t('updates.correctionNote')}:</strong> {update.correctionNote}
              </p>
            )}
            {changes.length > 0 && (
              <div>
                <p className="update-history-label">{t('updates.history.changed')}</p>
                <ul className="update-changes">
                  {changes.map((change, at) => (
                    <li key={at}>
                      <span className="update-change-name">{changeName(change)}:</span> <del>{shown(change, change.from)}</del> <span aria-hidden="true">→</span>
                      <span className="visually-hidden">{t('updates.history.to')}</span> <ins>{shown(change, change.to)}</ins>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <RevisionContent update={update} unit={unit} />
            {update.evidence.length > 0 && (
              <div>
                <p className="update-history-label">{t('updates.evidence.title')}</p>
                <ul className="update-evidence-list">
                  {update.evidence.map((file) => (
                    <li key={file.id}>
                      {canDownload ? <a href={updatesApi.evidenceFile(update.id, file.id)}>{file.fileName}</a> : file.fileName}{' '}
                      <span className="muted">({formatBytes(file.sizeBytes)})</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** What the revision says: its values (or status and percent) and its narrative. */
function RevisionContent({ update, unit }: { update: ElementUpdate; unit: string }) {
  const { t } = useI18n();
  const valueText = useValueText();
  const choiceLabel = useChoiceLabel();
  const facts: Array<{ term: string; detail: string }> = [];
  for (const cell of update.values) {
    const n = cell.n === null ? '' : ` (${t('updates.history.n', { n: cell.n })})`;
    facts.push({ term: cell.subgroup ?? t('updates.allStudents'), detail: `${valueText(cell.value, unit)}${n}` });
  }
  if (update.actionStatus) facts.push({ term: t('updates.actionStatus'), detail: choiceLabel('status', update.actionStatus) });
  if (update.percentComplete !== null) facts.push({ term: t('updates.percentComplete'), detail: `${update.percentComplete}%` });
  for (const field of ['happened', 'why', 'nextSteps'] as const) {
    const value = update[field];
    if (value) facts.push({ term: t(narrativeLabel[field]), detail: value });
  }
  if (facts.length === 0) return null;
  return (
    <dl className="update-facts">
      {facts.map((fact, at) => (
        <div key={at}>
          <dt>{fact.term}</dt>
          <dd>{fact.detail}</dd>
        </div>
      ))}
    </dl>
  );
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}
