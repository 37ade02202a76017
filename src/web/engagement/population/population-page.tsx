import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import { populationDimensions, type PopulationDimension } from '../../../core/engagement/population/population-groups';
import { populationApi, type Population } from './population-api';
import { PopulationListEditor } from './population-list-editor';
import './population.css';

/**
 * Who the district serves, entered once: a place (the whole district or a school) and, for it,
 * one small table per dimension. Everyone who reads engagement sees it; planners type it in.
 */
export function PopulationPage() {
  const { t } = useI18n();
  const { organization } = useOrganizationInUrl();
  const districtId = organization!.id;
  const canEdit = hasPermission(organization, 'engagement.edit');
  const resource = useResource<Population>(populationApi.population(districtId));
  const [school, setSchool] = useState('');
  const [addedSchools, setAddedSchools] = useState<string[]>([]);
  const [newSchool, setNewSchool] = useState('');
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  // Editors start from the population they were drawn with; a new version redraws them.
  const [generation, setGeneration] = useState(0);

  const data = resource.data;
  const schools = [...new Set([...(data?.schools ?? ['']), ...addedSchools])];
  const onSaved = (population: Population, dimension: PopulationDimension) => {
    resource.setData(() => population);
    setNotice({ tone: 'success', text: t('population.saved', { dimension: t(`population.dimension.${dimension}`) }) });
  };
  const onConflict = (current: Population) => {
    resource.setData(() => current);
    setGeneration((g) => g + 1);
    setNotice({ tone: 'warning', text: t('population.conflict') });
  };
  const addSchool = () => {
    const name = newSchool.trim();
    if (!name) return;
    setAddedSchools((current) => [...current, name]);
    setSchool(name);
    setNewSchool('');
  };

  return (
    <div className="stack-lg">
      <PageHeader eyebrow={organization!.name} titleContext={organization!.name} title={t('population.title')} description={t('population.description')} />
      {notice && (
        <Alert tone={notice.tone} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Alert>
      )}
      {resource.isLoading && !data && <Loading />}
      {resource.error && <ErrorAlert error={resource.error} title={t('population.loadFailed')} />}
      {data && (
        <>
          <div className="population-places">
            <SelectField
              name="school"
              label={t('population.school')}
              value={school}
              onChange={(event) => setSchool(event.target.value)}
              options={schools.map((name) => ({ value: name, label: name || t('population.districtWide') }))}
            />
            {canEdit && (
              <>
                <TextField name="newSchool" label={t('population.newSchool')} hint={t('population.newSchoolHint')} value={newSchool} onChange={(event) => setNewSchool(event.target.value)} autoComplete="off" />
                <Button size="small" onClick={addSchool}>
                  {t('population.addSchoolButton')}
                </Button>
              </>
            )}
          </div>
          {populationDimensions.map((dimension) => (
            <PopulationListEditor key={`${school}|${dimension}|${generation}`} districtId={districtId} population={data} school={school} dimension={dimension} canEdit={canEdit} onSaved={onSaved} onConflict={onConflict} />
          ))}
        </>
      )}
    </div>
  );
}
