import { useT } from '../../app/i18n/i18n-provider';
import { useChoices } from '../fields/choices';
import { useDraft } from '../fields/draft-context';
import { DraftJson, DraftNumber, DraftSelect, DraftText, DraftTextArea } from '../fields/draft-inputs';
import { BaselineFields } from '../fields/value-fields';
import { DraftGroup } from '../fields/group-inputs';
import { ValueTable } from '../fields/value-table';
import { EvidenceFields } from './evidence-fields';

/** A measure: what is counted and how, its baseline, its targets and actuals, per student group. */
export function MeasureFields() {
  const t = useT();
  const draft = useDraft();
  const choices = useChoices();
  const showsRange = draft.get('direction') === 'range' || draft.get('range') !== undefined;
  return (
    <>
      <DraftTextArea path="name" label={t('planField.name')} isOptional={false} rows={2} />
      <DraftTextArea path="description" label={t('planField.description')} />
      <h3 className="detail-section-title">{t('detail.section.measurement')}</h3>
      <div className="form-grid">
        <DraftSelect path="unit" label={t('planField.unit')} choices={choices.units} />
        <DraftText path="unit_label" label={t('planField.unitLabel')} hint={t('planField.unitLabelHint')} />
        <DraftSelect path="direction" label={t('planField.direction')} hint={t('planField.directionHint')} choices={choices.directions} />
        <DraftSelect path="kind" label={t('planField.measureKind')} hint={t('planField.measureKindHint')} choices={choices.measureKinds} />
        {showsRange && <DraftNumber path="range.min" label={t('planField.rangeMin')} />}
        {showsRange && <DraftNumber path="range.max" label={t('planField.rangeMax')} />}
        <DraftSelect path="cadence" label={t('planField.cadence')} choices={choices.cadences} />
        <DraftGroup path="subgroup" label={t('planField.measureSubgroup')} hint={t('planField.measureSubgroupHint')} />
        <DraftText path="owner" label={t('planField.owner')} hint={t('planField.ownerHint')} />
        <DraftText path="source" label={t('planField.source')} hint={t('planField.sourceHint')} />
      </div>
      <h3 className="detail-section-title">{t('detail.section.baseline')}</h3>
      <BaselineFields />
      <h3 className="detail-section-title">{t('detail.section.targets')}</h3>
      <ValueTable path="targets" kind="target" />
      <h3 className="detail-section-title">{t('detail.section.actuals')}</h3>
      <ValueTable path="actuals" kind="actual" />
      <EvidenceFields />
      <details className="advanced">
        <summary>{t('planField.advanced')}</summary>
        <DraftTextArea path="original_text" label={t('planField.originalText')} hint={t('planField.originalTextHint')} />
        <DraftJson path="extensions" label={t('planField.extensions')} hint={t('planField.extensionsHint')} />
      </details>
    </>
  );
}
