import { useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { Icon } from '../../app/ui/icons';
import { PageHeader } from '../../app/ui/page-header';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { reviewApi, reviewPaths, type Rubric, type TemplateDeliverables } from './review-api';
import { RubricEditor } from './rubric-editor';
import './review.css';

/** The network's rubrics per deliverable type; its administrators write and change them. */
export function RubricsPage() {
  const t = useT();
  const say = useAnnounce();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const canManage = hasPermission(organization, 'network.manage');
  const rubrics = useResource<{ rubrics: Rubric[] }>(reviewApi.rubrics(organizationId));
  const templates = useResource<{ templates: TemplateDeliverables[] }>(reviewApi.templates());
  // 'new', a rubric being changed, or nothing open.
  const [editing, setEditing] = useState<Rubric | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Rubric | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const templateList = templates.data?.templates ?? [];
  const templateName = (id: string) => templateList.find((template) => template.id === id)?.name ?? id;
  const deliverableName = (rubric: Rubric) => {
    const deliverable = templateList.find((template) => template.id === rubric.templateId)?.deliverables.find((candidate) => candidate.id === rubric.deliverableKey);
    return deliverable ? (deliverable.letter ? `${deliverable.letter}. ${deliverable.name}` : deliverable.name) : rubric.deliverableKey;
  };
  const list = rubrics.data?.rubrics ?? [];

  const remove = async () => {
    if (!deleting) return;
    setBusy(true);
    setError(null);
    try {
      await api.delete(reviewApi.rubric(organizationId, deleting.id));
      say(t('rubrics.deleted'));
      setDeleting(null);
      await rubrics.reload();
    } catch (cause) {
      setError(ApiError.from(cause));
      setDeleting(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack-lg">
      <p>
        <Link to={reviewPaths.queue(organizationId)}>← {t('review.backToQueue')}</Link>
      </p>
      <PageHeader
        eyebrow={organization!.name}
        titleContext={organization!.name}
        title={t('rubrics.title')}
        description={canManage ? t('rubrics.description') : `${t('rubrics.description')} ${t('rubrics.readOnly')}`}
        actions={
          canManage &&
          editing === null && (
            <Button variant="primary" onClick={() => setEditing('new')}>
              <Icon name="plus" size={16} />
              {t('rubrics.new')}
            </Button>
          )
        }
      />
      {error && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
      {editing !== null && (
        <section className="card card-body stack" aria-labelledby="rubric-editor-heading">
          <h2 id="rubric-editor-heading">{editing === 'new' ? t('rubrics.editorNew') : t('rubrics.editorEdit')}</h2>
          <RubricEditor
            key={editing === 'new' ? 'new' : editing.id}
            networkId={organizationId}
            rubric={editing === 'new' ? null : editing}
            templates={templateList}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              say(t('rubrics.saved'));
              setEditing(null);
              void rubrics.reload();
            }}
          />
        </section>
      )}
      <section className="card" aria-labelledby="rubrics-heading">
        <div className="card-header">
          <h2 id="rubrics-heading">{t('rubrics.listTitle')}</h2>
        </div>
        <ResourceStates resource={rubrics} isEmpty={list.length === 0} errorTitle={t('rubrics.loadFailed')} emptyIcon="book" emptyTitle={t('rubrics.emptyTitle')} emptyText={t('rubrics.emptyText')}>
          <div className="table-wrap">
            <table className="table table-stack">
              <caption className="visually-hidden">{t('rubrics.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rubrics.column.name')}</th>
                  <th scope="col">{t('rubrics.column.template')}</th>
                  <th scope="col">{t('rubrics.column.deliverable')}</th>
                  <th scope="col">{t('rubrics.column.criteria')}</th>
                  {canManage && (
                    <th scope="col">
                      <span className="visually-hidden">{t('rubrics.edit')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {list.map((rubric) => (
                  <tr key={rubric.id}>
                    <th scope="row" className="cell-primary">
                      {rubric.name}
                    </th>
                    <td data-label={t('rubrics.column.template')}>{templateName(rubric.templateId)}</td>
                    <td data-label={t('rubrics.column.deliverable')}>{deliverableName(rubric)}</td>
                    <td data-label={t('rubrics.column.criteria')}>{rubric.criteria.map((criterion) => criterion.label).join(', ')}</td>
                    {canManage && (
                      <td>
                        <div className="row">
                          <Button size="small" onClick={() => setEditing(rubric)} aria-label={t('rubrics.editLabel', { name: rubric.name })}>
                            {t('rubrics.edit')}
                          </Button>
                          <Button size="small" variant="quiet-danger" onClick={() => setDeleting(rubric)} aria-label={t('rubrics.deleteLabel', { name: rubric.name })}>
                            {t('rubrics.delete')}
                          </Button>
                        </div>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ResourceStates>
      </section>
      <ConfirmDialog isOpen={deleting !== null} title={t('rubrics.deleteTitle')} confirmLabel={t('rubrics.delete')} isBusy={busy} onConfirm={() => void remove()} onCancel={() => setDeleting(null)}>
        <p>{t('rubrics.deleteText')}</p>
      </ConfirmDialog>
    </div>
  );
}
