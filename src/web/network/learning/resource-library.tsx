import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Icon } from '../../app/ui/icons';
import { ResourceStates } from '../../app/ui/resource-states';
import type { Resource } from '../../app/use-resource';
import type { NetworkResource, TemplatePhases } from './learning-api';
import { ResourceList } from './resource-list';

interface ResourceLibraryProps {
  /** The side's address (the network's cohort or the district's), for downloads. */
  base: string;
  resources: Resource<{ resources: NetworkResource[] }>;
  phases: TemplatePhases['phases'];
  templateName: string;
  onAdd?: (phaseKey: string | null) => void;
  onRemove?: (resource: NetworkResource) => void;
}

/**
 * The library by phase of the cohort's template (in its order), then what serves every phase. A
 * phase key the template no longer has is shown under "every phase" rather than lost.
 */
export function ResourceLibrary({ base, resources, phases, templateName, onAdd, onRemove }: ResourceLibraryProps) {
  const { t } = useI18n();
  const library = (resources.data?.resources ?? []).filter((resource) => resource.eventId === null);
  const known = new Set(phases.map((phase) => phase.id));
  const groups = [
    ...phases.map((phase) => ({ key: phase.id as string | null, name: phase.name, items: library.filter((resource) => resource.phaseKey === phase.id) })),
    { key: null, name: t('learning.everyPhase'), items: library.filter((resource) => resource.phaseKey === null || !known.has(resource.phaseKey)) },
  ];
  return (
    <section className="card" aria-labelledby="learning-library-heading">
      <div className="card-header">
        <div>
          <h2 id="learning-library-heading">{t('learning.library')}</h2>
          {templateName && <p>{t('learning.libraryIntro', { template: templateName })}</p>}
        </div>
      </div>
      <ResourceStates resource={resources} isEmpty={false} errorTitle={t('learning.libraryFailed')} emptyIcon="book" emptyTitle="">
        <div className="card-body stack-lg">
          {groups.map((group) => (
            <section key={group.key ?? 'every'} className="stack" aria-label={group.name}>
              <div className="learning-subhead-row">
                <h3 className="learning-subheading">{group.name}</h3>
                {onAdd && (
                  <Button size="small" onClick={() => onAdd(group.key)} aria-label={t('learning.addResourceTo', { phase: group.name })}>
                    <Icon name="plus" size={14} />
                    {t('learning.addResource')}
                  </Button>
                )}
              </div>
              <ResourceList base={base} resources={group.items} onRemove={onRemove} />
            </section>
          ))}
        </div>
      </ResourceStates>
    </section>
  );
}
