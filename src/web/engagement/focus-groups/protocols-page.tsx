import { useState } from 'react';
import { Link } from 'react-router';
import { plannedMinutes, type Protocol } from '../../../core/engagement/focus-groups/protocol-format';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Button } from '../../app/ui/button';
import { EmptyState } from '../../app/ui/empty-state';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import { focusGroupPaths, focusGroupsApi, type DistrictProtocol, type LibraryProtocol } from './focus-groups-api';
import { EngagementTabs, constituencyKey, useProtocolText } from './focus-group-words';
import { ProtocolEditor } from './protocol-editor';
import './focus-groups.css';

/** The protocol library (read-only, copied to adapt) and the district's own protocols, which planners edit. */
export function ProtocolsPage() {
  const { t, locale } = useI18n();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const canEdit = hasPermission(organization, 'engagement.edit');
  const protocols = useResource<{ library: LibraryProtocol[]; protocols: DistrictProtocol[] }>(focusGroupsApi.protocols(organizationId));
  const [editing, setEditing] = useState<DistrictProtocol | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const text = useProtocolText();

  const run = async (what: string, work: () => Promise<DistrictProtocol | void>) => {
    setBusy(what);
    setError(null);
    try {
      const result = await work();
      await protocols.reload();
      if (result) setEditing(result);
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setBusy(null);
    }
  };
  const copy = (body: object, what: string) => run(what, () => api.post<DistrictProtocol>(focusGroupsApi.protocols(organizationId), body));

  return (
    <div className="stack-lg">
      <EngagementTabs organizationId={organizationId} />
      <Link className="back-link" to={focusGroupPaths.list(organizationId)}>
        ← {t('notes.back')}
      </Link>
      <PageHeader eyebrow={t('focusGroups.title')} titleContext={organization!.name} title={t('protocols.title')} description={t('protocols.description')} />
      {error && <ErrorAlert error={error} onDismiss={() => setError(null)} />}
      {protocols.error && <ErrorAlert error={protocols.error} title={t('protocols.loadFailed')} />}
      {!protocols.data && protocols.isLoading && <Loading />}
      {editing && (
        <ProtocolEditor
          key={editing.id}
          districtId={organizationId}
          protocol={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            void protocols.reload();
          }}
        />
      )}
      {protocols.data && (
        <>
          <section className="card" aria-labelledby="own-protocols">
            <div className="card-header">
              <h2 id="own-protocols">{t('protocols.own')}</h2>
            </div>
            {protocols.data.protocols.length === 0 ? (
              <EmptyState icon="book" title={t('protocols.ownEmpty')}>
                {t('protocols.ownEmptyText')}
              </EmptyState>
            ) : (
              <ul className="fg-protocols">
                {protocols.data.protocols.map((entry) => (
                  <ProtocolCard key={entry.id} protocol={entry.protocol} title={text(entry.protocol.title)}>
                    {canEdit && (
                      <>
                        <Button size="small" onClick={() => setEditing(entry)}>
                          {t('protocols.edit')}
                        </Button>
                        <Button size="small" isBusy={busy === `copy-${entry.id}`} onClick={() => copy({ protocol_id: entry.id }, `copy-${entry.id}`)}>
                          {t('protocols.copy')}
                        </Button>
                        <Button
                          size="small"
                          variant="quiet-danger"
                          onClick={() => window.confirm(t('protocols.removeConfirm', { title: entry.title })) && void run(`remove-${entry.id}`, () => api.delete(focusGroupsApi.protocol(organizationId, entry.id)))}
                        >
                          {t('protocols.remove')}
                        </Button>
                      </>
                    )}
                  </ProtocolCard>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="library-protocols">
            <div className="card-header">
              <h2 id="library-protocols">{t('protocols.library')}</h2>
            </div>
            <ul className="fg-protocols">
              {protocols.data.library.map((entry) => {
                const title = text(entry.protocol.title);
                return (
                  <ProtocolCard key={entry.key} protocol={entry.protocol} title={title} when={entry.when[locale as 'en' | 'es'] ?? entry.when.en}>
                    {canEdit && (
                      <Button size="small" variant="primary" isBusy={busy === entry.key} onClick={() => copy({ library_key: entry.key }, entry.key)} aria-label={t('protocols.copyLabel', { title })}>
                        {t('protocols.copy')}
                      </Button>
                    )}
                  </ProtocolCard>
                );
              })}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}

function ProtocolCard({ protocol, title, when, children }: { protocol: Protocol; title: string; when?: string; children?: React.ReactNode }) {
  const { t } = useI18n();
  const text = useProtocolText();
  return (
    <li className="fg-protocol">
      <h3>{title}</h3>
      <p className="muted">
        {t(constituencyKey(protocol.constituency))} · {t('protocols.questions', { count: protocol.questions.length })} · {t('protocols.minutes', { count: plannedMinutes(protocol) })}
      </p>
      {when && <p className="fg-protocol-when">{t('protocols.when', { when })}</p>}
      <details>
        <summary>{t('protocols.show')}</summary>
        <ol className="fg-protocol-questions">
          {protocol.questions.map((question) => (
            <li key={question.key}>
              {text(question.text)} <span className="muted">({t('protocols.minutes', { count: question.minutes })})</span>
              {question.probes.length > 0 && (
                <ul className="fg-protocol-probes">
                  {question.probes.map((probe, index) => (
                    <li key={index}>{text(probe)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </details>
      {children && <div className="row">{children}</div>}
    </li>
  );
}
