import { useId } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { learningApi, type NetworkResource, type TemplatePhases } from './learning-api';
import { ResourceLibrary } from './resource-library';
import { ResourceList } from './resource-list';
import './learning.css';

interface DistrictCohortResourcesProps {
  districtId: string;
  cohortId: string;
  templateId: string;
  /** The cohort's sessions the district knows of, to name the materials' sessions. */
  sessions: ReadonlyArray<{ id: string; title: string }>;
}

/**
 * What a district reads of its cohort's professional development: the library by phase of the
 * cohort's template, and each session's materials (through the district's own routes).
 */
export function DistrictCohortResources({ districtId, cohortId, templateId, sessions }: DistrictCohortResourcesProps) {
  const { t } = useI18n();
  const headingId = useId();
  const base = learningApi.districtBase(districtId, cohortId);
  const resources = useResource<{ resources: NetworkResource[] }>(learningApi.resources(base));
  const template = useResource<TemplatePhases>(learningApi.template(templateId));
  const materials = (resources.data?.resources ?? []).filter((resource) => resource.eventId !== null);
  const bySession = [...new Set(materials.map((resource) => resource.eventId!))].map((eventId) => ({
    eventId,
    title: sessions.find((session) => session.id === eventId)?.title ?? t('learning.sessionMaterial'),
    items: materials.filter((resource) => resource.eventId === eventId),
  }));

  return (
    <div className="stack-lg">
      <ResourceLibrary base={base} resources={resources} phases={template.data?.phases ?? []} templateName={template.data?.name ?? ''} />
      {bySession.length > 0 && (
        <section className="card" aria-labelledby={headingId}>
          <div className="card-header">
            <h2 id={headingId}>{t('learning.materials')}</h2>
          </div>
          <ResourceStates resource={resources} isEmpty={false} errorTitle={t('learning.libraryFailed')} emptyIcon="book" emptyTitle="">
            <div className="card-body stack-lg">
              {bySession.map((group) => (
                <section key={group.eventId} className="stack" aria-label={group.title}>
                  <h3 className="learning-subheading">{group.title}</h3>
                  <ResourceList base={base} resources={group.items} />
                </section>
              ))}
            </div>
          </ResourceStates>
        </section>
      )}
    </div>
  );
}
