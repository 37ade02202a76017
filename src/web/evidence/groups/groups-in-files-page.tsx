import { useMemo, useState, type FormEvent } from 'react';
import { groupLabelOf } from '../group-label';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { useAnnounce } from '../../app/ui/announcer';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import type { GroupMatch, GroupsResponse } from '../api-types';
import { DataSections } from '../data-sections';
import { evidenceApi } from '../evidence-api';
import '../evidence.css';
import { ScrollRegion } from '../../plan/plans/scroll-region';

/** The select's value for "not a student group" (a group key is never empty-bracketed like this). */
const NOT_A_GROUP = '[none]';
const UNKNOWN = '';

const matchTone: Record<GroupMatch, 'success' | 'info' | 'warning' | 'neutral'> = { listed: 'success', alias: 'success', mapped: 'info', unknown: 'warning', not_a_group: 'neutral' };

/**
 * The student group names the files write ("Hispanic", "Hispanic/Latino", "Latino"), each mapped to
 * one of the district's groups, or said not to be a student group; the names the district's list
 * already knows are shown as matched.
 */
export function GroupsInFilesPage() {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const canEdit = hasPermission(organization, 'evidence.edit');
  const resource = useResource<GroupsResponse>(evidenceApi.groups(organizationId));
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [isSaving, setIsSaving] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const labels = useMemo(() => [...(resource.data?.labels ?? [])].sort((a, b) => Number(b.match === 'unknown') - Number(a.match === 'unknown') || a.label.localeCompare(b.label)), [resource.data]);
  const groups = resource.data?.groups ?? [];
  const valueOf = (label: GroupsResponse['labels'][number]) => (label.match === 'unknown' ? UNKNOWN : label.group_key ?? NOT_A_GROUP);
  const changes = labels.filter((label) => choices[label.label] !== undefined && choices[label.label] !== valueOf(label) && choices[label.label] !== UNKNOWN);
  const unknownCount = labels.filter((label) => label.match === 'unknown').length;
  const isAnyEditable = labels.some((label) => label.match !== 'listed' && label.match !== 'alias');
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const groupName = (name: string) => groupLabelOf(name, locale, t('indicators.allStudents'));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (changes.length === 0) return;
    setIsSaving(true);
    setFailure(null);
    try {
      const body = { labels: changes.map((label) => ({ label: label.label, group_key: choices[label.label] === NOT_A_GROUP ? null : choices[label.label]! })) };
      resource.setData(await api.put<GroupsResponse>(evidenceApi.groups(organizationId), body));
      setChoices({});
      say(t('fileGroups.saved', { count: changes.length }));
    } catch (cause) {
      setFailure(ApiError.from(cause));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <div className="stack-lg">
      <PageHeader eyebrow={organization!.name} titleContext={organization!.name} title={t('fileGroups.title')} description={t('fileGroups.description')} />
      <DataSections organizationId={organizationId} />
      <section className="card" aria-labelledby="groups-heading">
        <div className="card-header">
          <div>
            <h2 id="groups-heading">{t('fileGroups.listTitle')}</h2>
            <p>{unknownCount > 0 ? t('fileGroups.unknownCount', { count: unknownCount }) : t('fileGroups.allMatched')}</p>
          </div>
        </div>
        <ResourceStates resource={resource} isEmpty={labels.length === 0} errorTitle={t('fileGroups.loadFailed')} emptyIcon="people" emptyTitle={t('fileGroups.empty')} emptyText={t('fileGroups.emptyText')}>
          <form onSubmit={(event) => void save(event)} noValidate>
            {failure && (
              <div className="card-body">
                <ErrorAlert error={failure} title={t('fileGroups.saveFailed')} onDismiss={() => setFailure(null)} />
              </div>
            )}
            <ScrollRegion label={t('fileGroups.listTitle')}>
              <table className="table table-stack groups-table">
                <thead>
                  <tr>
                    <th scope="col">{t('fileGroups.column.label')}</th>
                    <th scope="col" className="cell-number">{t('fileGroups.column.rows')}</th>
                    <th scope="col">{t('fileGroups.column.match')}</th>
                    <th scope="col">{t('fileGroups.column.group')}</th>
                  </tr>
                </thead>
                <tbody>
                  {labels.map((label) => {
                    const isFixed = label.match === 'listed' || label.match === 'alias';
                    return (
                      <tr key={label.label}>
                        <td className="cell-primary cell-wrap">{label.label}</td>
                        <td data-label={t('fileGroups.column.rows')} className="cell-number">{number(label.rows)}</td>
                        <td data-label={t('fileGroups.column.match')}>
                          <Badge tone={matchTone[label.match]}>{t(`fileGroups.match.${label.match}`)}</Badge>
                        </td>
                        <td data-label={t('fileGroups.column.group')}>
                          {isFixed ? (
                            groupName(label.group_name ?? label.label)
                          ) : (
                            <select className="select" value={choices[label.label] ?? valueOf(label)} disabled={!canEdit} aria-label={t('fileGroups.groupLabel', { label: label.label })} onChange={(event) => setChoices((current) => ({ ...current, [label.label]: event.target.value }))}>
                              {label.match === 'unknown' && <option value={UNKNOWN}>{t('fileGroups.choice.unknown')}</option>}
                              {groups.map((group) => (
                                <option key={group.key} value={group.key}>
                                  {groupName(group.name)}
                                </option>
                              ))}
                              <option value={NOT_A_GROUP}>{t('fileGroups.choice.notAGroup')}</option>
                            </select>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollRegion>
            {canEdit && isAnyEditable && (
              <div className="card-footer form-actions">
                <Button type="submit" variant="primary" isBusy={isSaving} disabled={changes.length === 0}>
                  {t('fileGroups.save')}
                </Button>
                <span className="muted" aria-live="polite">
                  {changes.length > 0 ? t('fileGroups.changes', { count: changes.length }) : ''}
                </span>
              </div>
            )}
          </form>
        </ResourceStates>
      </section>
    </div>
  );
}
