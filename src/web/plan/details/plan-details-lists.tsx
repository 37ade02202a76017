import { useT } from '../../app/i18n/i18n-provider';
import { DraftText, DraftTextArea } from '../fields/draft-inputs';
import { DraftList } from '../fields/draft-list';

/** Who hears about the plan, how and how often; and the evidence and documents it draws on. */
export function PlanDetailsLists() {
  const t = useT();
  return (
    <>
      <section className="card card-body form" aria-labelledby="plan-communication-heading">
        <h3 id="plan-communication-heading">{t('planDetails.communication')}</h3>
        <p className="field-hint">{t('planDetails.communicationHint')}</p>
        <DraftList
          path="communication_plan"
          itemLabel={(at, item) => `${t('planDetails.audienceNumber', { number: at + 1 })}${typeof item.audience === 'string' && item.audience ? `: ${item.audience}` : ''}`}
          addLabel={t('planDetails.addAudience')}
          newItem={() => ({ audience: '' })}
          emptyText={t('planDetails.noCommunication')}
        >
          {(path) => (
            <div className="value-grid">
              <DraftText path={`${path}.audience`} label={t('planDetails.audience')} isOptional={false} />
              <DraftText path={`${path}.channel`} label={t('planDetails.channel')} hint={t('planDetails.channelHint')} />
              <DraftText path={`${path}.cadence`} label={t('planDetails.cadence')} hint={t('planDetails.cadenceHint')} />
              <DraftText path={`${path}.owner`} label={t('planField.owner')} />
              <DraftTextArea path={`${path}.message`} label={t('planDetails.message')} rows={2} className="value-wide" />
            </div>
          )}
        </DraftList>
      </section>
      <section className="card card-body form" aria-labelledby="plan-sources-heading">
        <h3 id="plan-sources-heading">{t('planDetails.sources')}</h3>
        <p className="field-hint">{t('planDetails.sourcesHint')}</p>
        <DraftList path="sources" itemLabel={(at) => t('planDetails.sourceNumber', { number: at + 1 })} addLabel={t('planDetails.addSource')} newItem={() => ({ title: '' })} emptyText={t('planDetails.noSources')}>
          {(path) => (
            <div className="value-grid">
              <DraftText path={`${path}.title`} label={t('planDetails.sourceTitle')} isOptional={false} />
              <DraftText path={`${path}.url`} type="url" label={t('planDetails.sourceUrl')} />
            </div>
          )}
        </DraftList>
      </section>
    </>
  );
}
