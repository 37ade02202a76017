import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Alert } from '../../app/ui/alert';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import { StudentGroupForm } from './student-group-form';
import { categoriesOf, categoryLabel } from './student-group-picker';
import { forgetStudentGroups, studentGroupsApi, type StudentGroup, type StudentGroups } from './student-groups-api';
import './student-groups.css';

/**
 * The district's student groups by reporting category: everyone who reads monitoring sees the
 * list; planners and administrators add groups, rename them, set their other names and retire
 * them. Every change is audited on the server.
 */
export function StudentGroupsPage() {
  const { t } = useI18n();
  const { organization } = useOrganizationInUrl();
  const districtId = organization!.id;
  const canManage = hasPermission(organization, 'monitoring.manage');
  const list = useResource<StudentGroups>(studentGroupsApi.list(districtId));
  const [editing, setEditing] = useState<string | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);

  const replace = (group: StudentGroup) =>
    list.setData((current) => {
      if (!current) return current;
      const exists = current.groups.some((g) => g.key === group.key);
      return { isDefault: false, groups: exists ? current.groups.map((g) => (g.key === group.key ? group : g)) : [...current.groups, group] };
    });
  const onSaved = (group: StudentGroup, isNew: boolean) => {
    forgetStudentGroups(districtId);
    // An add writes the whole built-in list as the district's own, with versions: read it again.
    if (isNew && list.data?.isDefault) void list.reload();
    else replace(group);
    setEditing(null);
    setIsAdding(false);
    setNotice({ tone: 'success', text: t(isNew ? 'groups.added' : 'groups.saved', { name: group.name }) });
  };
  const onConflict = (current: StudentGroup) => {
    replace(current);
    setNotice({ tone: 'warning', text: t('groups.conflict') });
  };

  const data = list.data;
  return (
    <div className="stack-lg">
      <PageHeader eyebrow={organization!.name} titleContext={organization!.name} title={t('groups.title')} description={t('groups.description')} />
      {notice && (
        <Alert tone={notice.tone} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Alert>
      )}
      {list.isLoading && !data && <Loading />}
      {list.error && <ErrorAlert error={list.error} title={t('groups.loadFailed')} />}
      {data?.isDefault && <p className="muted">{t('groups.isDefault')}</p>}
      {data && canManage && (
        <section className="card" aria-labelledby="groups-add">
          <div className="card-header">
            <h2 id="groups-add">{t('groups.addTitle')}</h2>
            {!isAdding && (
              <Button size="small" onClick={() => setIsAdding(true)}>
                {t('groups.add')}
              </Button>
            )}
          </div>
          {isAdding && (
            <div className="card-body">
              <StudentGroupForm districtId={districtId} groups={data.groups} onSaved={onSaved} onConflict={onConflict} onCancel={() => setIsAdding(false)} />
            </div>
          )}
        </section>
      )}
      {data &&
        categoriesOf(data.groups).map((category) => (
          <section key={category} className="card" aria-labelledby={`groups-${category}`}>
            <div className="card-header">
              <h2 id={`groups-${category}`}>{categoryLabel(t, category)}</h2>
            </div>
            <ul className="group-list">
              {data.groups
                .filter((group) => group.category === category)
                .map((group) => (
                  <li key={group.key} className="group-item">
                    {editing === group.key ? (
                      <StudentGroupForm districtId={districtId} groups={data.groups} group={group} onSaved={onSaved} onConflict={onConflict} onCancel={() => setEditing(null)} />
                    ) : (
                      <div className="group-row">
                        <div className="group-text">
                          <span className="group-name">
                            {group.name} {group.isRetired && <Badge tone="neutral">{t('groups.retired')}</Badge>}
                          </span>
                          <span className="muted">{group.aliases.length ? t('groups.otherNames', { names: group.aliases.join(', ') }) : t('groups.noOtherNames')}</span>
                        </div>
                        {canManage && (
                          <Button size="small" variant="quiet" aria-label={t('groups.editLabel', { name: group.name })} onClick={() => setEditing(group.key)}>
                            {t('groups.edit')}
                          </Button>
                        )}
                      </div>
                    )}
                  </li>
                ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
