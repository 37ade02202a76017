import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import type { CyclePhase } from '../api-types';
import { useCycle } from '../cycles/cycle-context';
import './phase-summary.css';

/** Where a phase's engagement summary downloads from, in the reader's language (a plain link sends no app language). */
const summaryUrl = (cycleId: string, phaseId: string, format: 'docx' | 'pdf', language: string) =>
  `/api/cycles/${cycleId}/phases/${phaseId}/engagement-summary.${format}?lang=${encodeURIComponent(language)}`;

/** Whether the person may read what the community said (the summary is engagement's). */
function useMayReadEngagement() {
  const { organization } = useOrganizationInUrl();
  return hasPermission(organization, 'engagement.read');
}

/**
 * "Summary: Word · PDF" under a phase's column header: what the phase's surveys and focus groups heard.
 * Each link's name starts with its visible word, so a voice user saying "Word" reaches it.
 */
export function PhaseSummaryLinks({ phase }: { phase: CyclePhase }) {
  const { t, locale } = useI18n();
  const { cycleId } = useCycle();
  if (!useMayReadEngagement()) return null;
  return (
    <span className="phase-summary-links">
      {t('phaseSummary.label')}:{' '}
      <a href={summaryUrl(cycleId, phase.id, 'docx', locale)} download aria-label={`${t('phaseSummary.word')}: ${t('phaseSummary.wordOf', { phase: phase.name })}`}>
        {t('phaseSummary.word')}
      </a>
      {' · '}
      <a href={summaryUrl(cycleId, phase.id, 'pdf', locale)} download aria-label={`${t('phaseSummary.pdf')}: ${t('phaseSummary.pdfOf', { phase: phase.name })}`}>
        {t('phaseSummary.pdf')}
      </a>
    </span>
  );
}

/** Every phase with its summary downloads: the list view's (phone) way to the same documents. */
export function PhaseSummaryList({ phases }: { phases: readonly CyclePhase[] }) {
  const t = useI18n().t;
  if (!useMayReadEngagement() || phases.length === 0) return null;
  return (
    <section className="phase-summary-list" aria-labelledby="phase-summary-list-title">
      <h3 id="phase-summary-list-title">{t('phaseSummary.listTitle')}</h3>
      <p className="muted">{t('phaseSummary.listHint')}</p>
      <ul className="plain-list">
        {phases.map((phase) => (
          <li key={phase.id}>
            <strong>{phase.name}</strong> <PhaseSummaryLinks phase={phase} />
          </li>
        ))}
      </ul>
    </section>
  );
}
