import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import type { DistrictCohort } from '../my-network/my-network-api';
import { CohortDiscussion } from './cohort-discussion';
import { DistrictCohortResources } from './district-cohort-resources';
import { learningApi } from './learning-api';
import './learning.css';

type Part = 'resources' | 'discussion';

/**
 * Under each cohort on the district's network page: its resources and its discussion space, one
 * at a time (each loads only when opened). A district that left the cohort sees neither.
 */
export function DistrictCohortSpace({ districtId, cohort }: { districtId: string; cohort: DistrictCohort }) {
  const { t } = useI18n();
  const [part, setPart] = useState<Part | null>(null);
  if (cohort.status === 'withdrawn') return null;
  const parts: Array<[Part, string]> = [
    ['resources', t('learning.districtResources')],
    ['discussion', t('discussion.title')],
  ];
  const panelId = `cohort-space-${cohort.cohortId}`;
  return (
    <section className="stack-lg" aria-label={t('learning.spaceOf', { cohort: cohort.cohortName })}>
      <nav className="section-nav" aria-label={t('learning.spaceOf', { cohort: cohort.cohortName })}>
        <ul>
          {parts.map(([each, label]) => (
            <li key={each}>
              <button type="button" className="section-nav-link" aria-expanded={part === each} aria-controls={panelId} onClick={() => setPart(part === each ? null : each)}>
                {label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div id={panelId}>
        {part === 'resources' && (
          <DistrictCohortResources
            districtId={districtId}
            cohortId={cohort.cohortId}
            templateId={cohort.templateId}
            sessions={cohort.upcomingEvents.filter((event) => event.kind === 'session')}
          />
        )}
        {part === 'discussion' && <CohortDiscussion basePath={learningApi.districtBase(districtId, cohort.cohortId)} />}
      </div>
    </section>
  );
}
