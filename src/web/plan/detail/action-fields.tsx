import { useT } from '../../app/i18n/i18n-provider';
import { useChoices } from '../fields/choices';
import { DraftCheckbox, DraftJson, DraftLines, DraftNumber, DraftSelect, DraftText, DraftTextArea } from '../fields/draft-inputs';
import { DraftList } from '../fields/draft-list';
import { EvidenceFields } from './evidence-fields';

/** An action step: owner and helpers, dates, status and percent complete (separate things), milestones. */
export function ActionFields() {
  const t = useT();
  const choices = useChoices();
  return (
    <>
      <DraftTextArea path="title" label={t('planField.title')} isOptional={false} rows={2} />
      <DraftTextArea path="description" label={t('planField.description')} />
      <div className="form-grid">
        <DraftText path="owner" label={t('planField.owner')} hint={t('planField.ownerHint')} />
        <DraftLines path="contributors" label={t('planField.contributors')} />
      </div>
      <h3 className="detail-section-title">{t('detail.section.schedule')}</h3>
      <div className="form-grid">
        <DraftText path="start" type="date" label={t('planField.start')} />
        <DraftText path="due" type="date" label={t('planField.due')} />
        <DraftText path="timeline" label={t('planField.timeline')} hint={t('planField.timelineHint')} />
        <DraftSelect path="status" label={t('planField.status')} choices={choices.statuses} />
        <DraftNumber path="percent_complete" label={t('planField.percentComplete')} hint={t('planField.percentCompleteHint')} />
        <DraftText path="cost" label={t('planField.cost')} hint={t('planField.costHint')} />
      </div>
      <DraftTextArea path="evidence" label={t('planField.evidence')} hint={t('planField.evidenceHint')} />
      <h3 className="detail-section-title">{t('detail.section.milestones')}</h3>
      <DraftList
        path="milestones"
        itemLabel={(at, item) => `${t('milestone.number', { number: at + 1 })}${typeof item.title === 'string' && item.title ? `: ${item.title}` : ''}`}
        addLabel={t('milestone.add')}
        newItem={() => ({ title: '' })}
        emptyText={t('milestone.none')}
      >
        {(path) => (
          <div className="value-grid">
            <DraftText path={`${path}.title`} label={t('milestone.title')} isOptional={false} className="value-wide" />
            <DraftText path={`${path}.due`} type="date" label={t('milestone.due')} />
            <DraftCheckbox path={`${path}.done`} label={t('milestone.done')} />
          </div>
        )}
      </DraftList>
      <EvidenceFields />
      <details className="advanced">
        <summary>{t('planField.advanced')}</summary>
        <DraftJson path="extensions" label={t('planField.extensions')} hint={t('planField.extensionsHint')} />
      </details>
    </>
  );
}
