import { useMemo, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import type { EntitiesResponse, FileEntity } from '../api-types';
import { DataSections } from '../data-sections';
import { evidenceApi } from '../evidence-api';
import { changedDecisions, choiceOf, type EntityChoice } from './entity-choice';
import '../evidence.css';
import { ScrollRegion } from '../../plan/plans/scroll-region';

/**
 * The schools (and district) the data files name, matched once to the district's schools for every
 * file: by code or name on import, and here for the rest: a school, the district itself, ignored,
 * or added as a new school.
 */
export function SchoolsInFilesPage() {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const canEdit = hasPermission(organization, 'evidence.edit');
  const resource = useResource<EntitiesResponse>(evidenceApi.entities(organizationId));
  const [choices, setChoices] = useState<Record<string, EntityChoice>>({});
  const [isOnlyUnmatched, setIsOnlyUnmatched] = useState(true);
  const [isSaving, setIsSaving] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const entities = useMemo(() => resource.data?.entities ?? [], [resource.data]);
  const unmatchedCount = entities.filter((entity) => entity.status === 'unmatched').length;
  const shown = entities.filter((entity) => !isOnlyUnmatched || unmatchedCount === 0 || entity.status === 'unmatched' || choices[entity.key] !== undefined);
  const changes = changedDecisions(entities, choices);
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (changes.length === 0) return;
    setIsSaving(true);
    setFailure(null);
    try {
      const saved = await api.put<EntitiesResponse>(evidenceApi.entities(organizationId), { entities: changes });
      resource.setData(saved);
      setChoices({});
      say(t('entities.saved', { count: changes.length }));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <div className="stack-lg">
      <PageHeader eyebrow={organization!.name} titleContext={organization!.name} title={t('entities.title')} description={t('entities.description')} />
      <DataSections organizationId={organizationId} />
      <section className="card" aria-labelledby="entities-heading">
        <div className="card-header">
          <div>
            <h2 id="entities-heading">{t('entities.listTitle')}</h2>
            <p>{unmatchedCount > 0 ? t('entities.unmatchedCount', { count: unmatchedCount }) : t('entities.allMatched')}</p>
          </div>
          {unmatchedCount > 0 && (
            <label className="checkbox">
              <input type="checkbox" checked={isOnlyUnmatched} onChange={(event) => setIsOnlyUnmatched(event.target.checked)} />
              <span>{t('entities.onlyUnmatched')}</span>
            </label>
          )}
        </div>
        <ResourceStates resource={resource} isEmpty={entities.length === 0} errorTitle={t('entities.loadFailed')} emptyIcon="school" emptyTitle={t('entities.empty')} emptyText={t('entities.emptyText')}>
          <form onSubmit={(event) => void save(event)} noValidate>
            {failure && (
              <div className="card-body">
                <ErrorAlert error={failure} title={t('entities.saveFailed')} onDismiss={() => setFailure(null)} />
              </div>
            )}
            <ScrollRegion label={t('entities.listTitle')}>
              <table className="table table-stack entities-table">
                <thead>
                  <tr>
                    <th scope="col">{t('entities.column.name')}</th>
                    <th scope="col">{t('entities.column.code')}</th>
                    <th scope="col" className="cell-number">{t('entities.column.rows')}</th>
                    <th scope="col">{t('entities.column.match')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((entity) => (
                    <tr key={entity.key}>
                      <td className="cell-primary cell-wrap">{entity.name}</td>
                      <td data-label={t('entities.column.code')} className="mono">{entity.code ?? '—'}</td>
                      <td data-label={t('entities.column.rows')} className="cell-number">{number(entity.rows)}</td>
                      <td data-label={t('entities.column.match')}>
                        <EntityMatch entity={entity} schools={resource.data!.schools} value={choices[entity.key] ?? choiceOf(entity)} isDisabled={!canEdit} onChange={(choice) => setChoices((current) => ({ ...current, [entity.key]: choice }))} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            {canEdit && (
              <div className="card-footer form-actions">
                <Button type="submit" variant="primary" isBusy={isSaving} disabled={changes.length === 0}>
                  {t('entities.save')}
                </Button>
                <span className="muted" aria-live="polite">
                  {changes.length > 0 ? t('entities.changes', { count: changes.length }) : ''}
                </span>
              </div>
            )}
          </form>
        </ResourceStates>
      </section>
    </div>
  );
}

/** What one school of the files is: its suggestions first, then every school, then the other answers. */
function EntityMatch({ entity, schools, value, isDisabled, onChange }: { entity: FileEntity; schools: EntitiesResponse['schools']; value: EntityChoice; isDisabled: boolean; onChange: (choice: EntityChoice) => void }) {
  const { t, locale } = useI18n();
  const suggested = new Set(entity.suggestions.map((suggestion) => suggestion.school_id));
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <select className="select entity-select" value={value} disabled={isDisabled} aria-label={t('entities.matchLabel', { name: entity.name })} onChange={(event) => onChange(event.target.value as EntityChoice)}>
      <option value="unmatched">{t('entities.choice.unmatched')}</option>
      {entity.suggestions.length > 0 && (
        <optgroup label={t('entities.choice.suggested')}>
          {entity.suggestions.map((suggestion) => (
            <option key={suggestion.school_id} value={`school:${suggestion.school_id}`}>
              {t('entities.choice.suggestion', { name: suggestion.name, score: percent.format(suggestion.score) })}
            </option>
          ))}
        </optgroup>
      )}
      <optgroup label={t('entities.choice.schools')}>
        {schools
          .filter((school) => !suggested.has(school.id))
          .map((school) => (
            <option key={school.id} value={`school:${school.id}`}>
              {school.code ? `${school.name} (${school.code})` : school.name}
            </option>
          ))}
      </optgroup>
      <optgroup label={t('entities.choice.other')}>
        <option value="district">{t('entities.choice.district')}</option>
        <option value="add">{t('entities.choice.add')}</option>
        <option value="ignored">{t('entities.choice.ignored')}</option>
      </optgroup>
    </select>
  );
}
