import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { Button } from '../../app/ui/button';
import { EmptyState } from '../../app/ui/empty-state';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { useCycle } from '../cycles/cycle-context';
import { normsApi, starterNormKeys, type NormsDocument } from './norms-api';
import { draftOf, NormsEditor, type NormsDraft } from './norms-editor';
import { NormsVersions } from './norms-versions';
import { NormsView } from './norms-view';
import { VersionDialog } from './version-dialog';
import './norms.css';

/** The committee's norms and decision protocol: the current version, its editor, and every earlier version. */
export function NormsPage() {
  const { t, formatDateTime } = useI18n();
  const { cycleId } = useCycle();
  const { organization } = useOrganizationInUrl();
  const canEdit = hasPermission(organization, 'process.edit');
  const document = useResource<NormsDocument>(normsApi.document(cycleId));
  const [draft, setDraft] = useState<NormsDraft | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  const current = document.data?.current ?? null;
  const hasVersions = (document.data?.versions.length ?? 0) > 0;

  const starter = (): NormsDraft => ({ norms: starterNormKeys.map((key) => t(key)), notes: '', method: 'consensus', description: '', fallback: t('norms.starter.fallback'), quorum: t('norms.starter.quorum') });
  const blank: NormsDraft = { norms: [''], notes: '', method: 'consensus', description: '', fallback: '', quorum: '' };

  let main;
  if (!document.data) {
    main = document.error ? <ErrorAlert error={document.error} title={t('norms.loadFailed')} /> : <Loading />;
  } else if (draft) {
    main = (
      <div className="card card-body">
        <NormsEditor
          cycleId={cycleId}
          initial={draft}
          basedOn={current?.number ?? 0}
          onSaved={async () => {
            await document.reload();
            setDraft(null);
          }}
          onCancel={() => setDraft(null)}
          onConflict={document.reload}
        />
      </div>
    );
  } else if (!current) {
    main = (
      <div className="card">
        <EmptyState icon="book" title={t('norms.empty')}>
          {canEdit ? t('norms.emptyPlanner') : t('norms.emptyViewer')}
        </EmptyState>
        {canEdit && (
          <div className="row norms-start">
            <Button variant="primary" onClick={() => setDraft(starter())}>
              {t('norms.useStarter')}
            </Button>
            <Button onClick={() => setDraft(blank)}>{t('norms.writeOwn')}</Button>
          </div>
        )}
      </div>
    );
  } else {
    main = (
      <section className="card" aria-labelledby="norms-current-heading">
        <div className="card-header">
          <div>
            <h2 id="norms-current-heading">{t('norms.title')}</h2>
            <p>{t('norms.savedBy', { number: current.number, author: current.author, date: formatDateTime(current.createdAt) })}</p>
          </div>
          {canEdit && (
            <Button size="small" onClick={() => setDraft(draftOf(current))}>
              {t('norms.edit')}
            </Button>
          )}
        </div>
        <div className="card-body">
          <NormsView version={current} />
        </div>
      </section>
    );
  }

  return (
    <div className="stack-lg">
      <p className="muted">{t('norms.intro')}</p>
      <div className={hasVersions ? 'norms-layout has-versions' : 'norms-layout'}>
        <div className="norms-main">{main}</div>
        {hasVersions && (
          <div className="norms-aside">
            <NormsVersions versions={document.data!.versions} onView={setViewing} />
          </div>
        )}
      </div>
      <VersionDialog cycleId={cycleId} number={viewing} current={current} onClose={() => setViewing(null)} />
    </div>
  );
}
