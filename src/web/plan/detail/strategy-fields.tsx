import { useT } from '../../app/i18n/i18n-provider';
import { DraftJson, DraftLines, DraftNumber, DraftText, DraftTextArea } from '../fields/draft-inputs';
import { DraftList } from '../fields/draft-list';
import { EvidenceFields } from './evidence-fields';

/** A strategy: who owns it, what it costs by fiscal year and fund, and who decides what. */
export function StrategyFields() {
  const t = useT();
  return (
    <>
      <DraftTextArea path="title" label={t('planField.title')} isOptional={false} rows={2} />
      <DraftTextArea path="description" label={t('planField.description')} />
      <DraftText path="owner" label={t('planField.owner')} hint={t('planField.ownerHint')} />
      <h3 className="detail-section-title">{t('detail.section.budget')}</h3>
      <DraftList
        path="budget"
        itemLabel={(at, item) => `${t('budgetLine.number', { number: at + 1 })}${typeof item.fiscal_year === 'string' && item.fiscal_year ? ` (${item.fiscal_year})` : ''}`}
        addLabel={t('budgetLine.add')}
        newItem={() => ({ fiscal_year: '' })}
        emptyText={t('budgetLine.none')}
      >
        {(path) => (
          <div className="value-grid">
            <DraftText path={`${path}.fiscal_year`} label={t('budgetLine.fiscalYear')} hint={t('budgetLine.fiscalYearHint')} isOptional={false} />
            <DraftNumber path={`${path}.amount`} label={t('budgetLine.amount')} hint={t('budgetLine.amountHint')} />
            <DraftText path={`${path}.currency`} label={t('budgetLine.currency')} hint={t('budgetLine.currencyHint')} />
            <DraftText path={`${path}.fund`} label={t('budgetLine.fund')} hint={t('budgetLine.fundHint')} />
            <DraftNumber path={`${path}.fte`} label={t('budgetLine.fte')} hint={t('budgetLine.fteHint')} />
            <DraftNumber path={`${path}.hours`} label={t('budgetLine.hours')} />
            <DraftText path={`${path}.note`} label={t('budgetLine.note')} className="value-wide" />
          </div>
        )}
      </DraftList>
      <h3 className="detail-section-title">{t('detail.section.decisionRights')}</h3>
      <p className="muted detail-section-intro">{t('rights.intro')}</p>
      <DraftList
        path="decision_rights"
        itemLabel={(at, item) => `${t('rights.decisionNumber', { number: at + 1 })}${typeof item.decision === 'string' && item.decision ? `: ${item.decision}` : ''}`}
        addLabel={t('rights.add')}
        newItem={() => ({ decision: '' })}
        emptyText={t('rights.none')}
      >
        {(path) => (
          <div className="value-grid">
            <DraftText path={`${path}.decision`} label={t('rights.decision')} isOptional={false} className="value-wide" />
            <DraftLines path={`${path}.responsible`} label={t('rights.responsible')} hint={t('rights.responsibleHint')} />
            <DraftText path={`${path}.accountable`} label={t('rights.accountable')} hint={t('rights.accountableHint')} />
            <DraftLines path={`${path}.consulted`} label={t('rights.consulted')} hint={t('rights.consultedHint')} />
            <DraftLines path={`${path}.informed`} label={t('rights.informed')} hint={t('rights.informedHint')} />
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
