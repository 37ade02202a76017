import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Button } from '../../app/ui/button';
import { DraftText, DraftTextArea } from '../fields/draft-inputs';
import { DraftList } from '../fields/draft-list';
import { useDraft } from '../fields/draft-context';
import type { EvidenceLink } from '../../../core/plan/format/evidence';
import { CiteEngagementDialog, citedItemPath } from './cite-engagement-dialog';

/**
 * The key src/core/plan-format/evidence.ts keeps evidence under, inside the element's extensions
 * (so it travels with the plan). Repeated here because that module brings zod, which the browser
 * bundle does without.
 */
const evidencePath = 'extensions.waymark_evidence';

/**
 * The data finding, survey result or document behind an element: what shaped it, traceable. What
 * the community said is cited from the engagement domain with a typed link back to it.
 */
export function EvidenceFields() {
  const t = useT();
  const draft = useDraft();
  const { organization } = useOrganizationInUrl();
  const [isCiting, setIsCiting] = useState(false);
  const canCite = !draft.isReadOnly && organization?.kind === 'district' && hasPermission(organization, 'engagement.read');
  const items = () => (Array.isArray(draft.get(evidencePath)) ? (draft.get(evidencePath) as unknown[]) : []);
  const linkAt = (path: string) => draft.get(`${path}.link`) as EvidenceLink | undefined;
  return (
    <>
      <h3 className="detail-section-title">{t('evidence.title')}</h3>
      <p className="muted detail-section-intro">{t('evidence.intro')}</p>
      <DraftList path={evidencePath} itemLabel={(at) => t('evidence.number', { number: at + 1 })} addLabel={t('evidence.add')} newItem={() => ({ text: '' })} emptyText={t('evidence.none')}>
        {(path) => (
          <div className="value-grid">
            <DraftTextArea path={`${path}.text`} label={t('evidence.text')} hint={t('evidence.textHint')} isOptional={false} rows={2} className="value-wide" />
            {linkAt(path) && organization ? (
              <p className="value-wide">
                <Link to={citedItemPath(organization.id, linkAt(path)!)}>{t(`evidence.cite.open.${linkAt(path)!.kind}`)}</Link>
              </p>
            ) : (
              <DraftText path={`${path}.url`} type="url" label={t('evidence.url')} className="value-wide" />
            )}
          </div>
        )}
      </DraftList>
      {canCite && (
        <div>
          <Button size="small" onClick={() => setIsCiting(true)}>
            {t('evidence.cite.button')}
          </Button>
          <CiteEngagementDialog
            districtId={organization!.id}
            isOpen={isCiting}
            onClose={() => setIsCiting(false)}
            onCite={(item) => {
              draft.set(evidencePath, [...items(), { text: item.text, link: item.link }]);
              setIsCiting(false);
            }}
          />
        </div>
      )}
    </>
  );
}
