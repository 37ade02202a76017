import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Icon } from '../../app/ui/icons';
import { useDraft } from './draft-context';
import { DraftNumber, DraftText } from './draft-inputs';
import { DraftGroup } from './group-inputs';

/**
 * One measure value (a baseline, a target, an actual): the period as the plan names it, the number
 * or the plan's own words when there is none, and the student group it is for.
 */
export function ValueFields({ path }: { path: string }) {
  const t = useT();
  return (
    <div className="value-grid">
      <DraftText path={`${path}.period.label`} label={t('value.period')} hint={t('value.periodHint')} isOptional={false} />
      <DraftText path={`${path}.period.ends_on`} type="date" label={t('value.endsOn')} />
      <DraftNumber path={`${path}.value`} label={t('value.value')} hint={t('value.valueHint')} emptyIs={null} />
      <DraftText path={`${path}.raw`} label={t('value.raw')} hint={t('value.rawHint')} />
      <DraftGroup path={`${path}.subgroup`} label={t('value.subgroup')} hint={t('value.subgroupHint')} />
      <DraftNumber path={`${path}.n`} label={t('value.n')} hint={t('value.nHint')} />
      <DraftText path={`${path}.note`} label={t('value.note')} className="value-wide" />
    </div>
  );
}

/** The baseline is one value or none: added and removed as a whole. */
export function BaselineFields() {
  const t = useT();
  const draft = useDraft();
  const hasBaseline = draft.get('baseline') !== undefined;
  if (!hasBaseline) {
    return draft.isReadOnly ? (
      <p className="muted">{t('value.noBaseline')}</p>
    ) : (
      <div>
        <Button size="small" onClick={() => draft.set('baseline', { period: { label: '' }, value: null })}>
          <Icon name="plus" size={16} />
          {t('value.addBaseline')}
        </Button>
      </div>
    );
  }
  return (
    <fieldset className="draft-list-item">
      <legend>{t('value.baseline')}</legend>
      <ValueFields path="baseline" />
      {!draft.isReadOnly && (
        <div className="draft-list-actions">
          <Button size="small" variant="quiet-danger" onClick={() => draft.set('baseline', undefined)}>
            {t('value.removeBaseline')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
