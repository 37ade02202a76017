import { useT } from '../../app/i18n/i18n-provider';
import { DraftText, DraftTextArea } from '../fields/draft-inputs';
import { DraftList } from '../fields/draft-list';

/**
 * The key src/core/plan-format/evidence.ts keeps evidence under, inside the element's extensions
 * (so it travels with the plan). Repeated here because that module brings zod, which the browser
 * bundle does without.
 */
const evidencePath = 'extensions.waymark_evidence';

/** The data finding, survey result or document behind an element: what shaped it, traceable. */
export function EvidenceFields() {
  const t = useT();
  return (
    <>
      <h3 className="detail-section-title">{t('evidence.title')}</h3>
      <p className="muted detail-section-intro">{t('evidence.intro')}</p>
      <DraftList path={evidencePath} itemLabel={(at) => t('evidence.number', { number: at + 1 })} addLabel={t('evidence.add')} newItem={() => ({ text: '' })} emptyText={t('evidence.none')}>
        {(path) => (
          <div className="value-grid">
            <DraftTextArea path={`${path}.text`} label={t('evidence.text')} hint={t('evidence.textHint')} isOptional={false} rows={2} className="value-wide" />
            <DraftText path={`${path}.url`} type="url" label={t('evidence.url')} className="value-wide" />
          </div>
        )}
      </DraftList>
    </>
  );
}
