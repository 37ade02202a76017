import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, ApiError } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { hasPermission } from '../../app/session';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { ResourceStates } from '../../app/ui/resource-states';
import { useResource } from '../../app/use-resource';
import { useCycle } from '../cycles/cycle-context';
import { stakeholdersApi, type EngagementPlan } from '../stakeholders/stakeholders-api';
import { ItemEditor } from './item-editor';
import { ItemList } from './item-list';
import { NewItemDialog } from './new-item-dialog';
import { outreachApi, type OutreachKit, type OutreachSend } from './outreach-api';
import type { PreviewChoices } from './outreach-preview';
import { SendDialog } from './send-dialog';
import { SendHistory } from './send-history';
import './outreach.css';

/** The outreach kit: its items, the editor with merge fields and a live preview, sending invitations, the send history. */
export function OutreachPage() {
  const t = useT();
  const say = useAnnounce();
  const { cycleId, cycle } = useCycle();
  const { organization } = useOrganizationInUrl();
  const canEdit = hasPermission(organization, 'process.edit');
  const kit = useResource<OutreachKit>(outreachApi.kit(cycleId));
  const sends = useResource<{ sends: OutreachSend[] }>(outreachApi.sends(cycleId));
  const plan = useResource<EngagementPlan>(canEdit ? stakeholdersApi.plan(cycleId) : null);
  const [searchParams, setSearchParams] = useSearchParams();
  const items = kit.data?.items ?? [];
  const selectedId = searchParams.get('item') ?? items[0]?.id ?? null;
  const selected = items.find((item) => item.id === selectedId) ?? null;
  const [choices, setChoices] = useState<PreviewChoices>({ sessionId: '', link: '' });
  const [isAdding, setIsAdding] = useState(false);
  const [isSending, setIsSending] = useState(false);
  const [starterBusy, setStarterBusy] = useState(false);
  const [starterError, setStarterError] = useState<ApiError | null>(null);

  const select = (id: string | null) => {
    setSearchParams(id ? { item: id } : {}, { replace: true });
    // On a phone the editor sits below the list: bring it into sight rather than leave people wondering.
    if (id && window.matchMedia('(max-width: 56rem)').matches) requestAnimationFrame(() => document.querySelector('.outreach-editor')?.scrollIntoView({ block: 'start' }));
  };

  const addStarter = async () => {
    setStarterBusy(true);
    setStarterError(null);
    try {
      await api.post(outreachApi.starterKit(cycleId));
      say(t('outreach.starterAdded'));
      await kit.reload();
    } catch (cause) {
      setStarterError(ApiError.from(cause));
    } finally {
      setStarterBusy(false);
    }
  };

  return (
    <div className="stack-lg">
      <p>{t('outreach.intro')}</p>
      {starterError && <ErrorAlert error={starterError} title={t('outreach.saveFailed')} onDismiss={() => setStarterError(null)} />}
      <div className="outreach-layout">
        <section className="card outreach-items" aria-labelledby="outreach-items-heading">
          <div className="card-header">
            <h2 id="outreach-items-heading">{t('outreach.itemsTitle')}</h2>
          </div>
          <ResourceStates resource={kit} isEmpty={items.length === 0} errorTitle={t('outreach.loadFailed')} emptyIcon="mail" emptyTitle={t('outreach.emptyTitle')} emptyText={t(canEdit ? 'outreach.emptyTextEdit' : 'outreach.emptyTextRead')}>
            <div className="card-body">
              <ItemList items={items} selectedId={selected?.id ?? null} onSelect={select} />
            </div>
          </ResourceStates>
          {canEdit && kit.data && (
            <div className="card-footer outreach-items-actions">
              <Button size="small" variant="primary" onClick={() => setIsAdding(true)}>{t('outreach.addItem')}</Button>
              <Button size="small" isBusy={starterBusy} onClick={() => void addStarter()}>{t('outreach.addStarter')}</Button>
            </div>
          )}
        </section>
        {selected && (
          <ItemEditor
            key={selected.id}
            cycleId={cycleId}
            item={selected}
            canEdit={canEdit}
            sessions={cycle.sessions}
            choices={choices}
            onChoicesChange={setChoices}
            onChanged={kit.reload}
            onRemoved={async () => {
              select(null);
              await kit.reload();
            }}
            onSend={() => setIsSending(true)}
          />
        )}
      </div>
      <SendHistory sends={sends} />
      <NewItemDialog cycleId={cycleId} isOpen={isAdding} onClose={() => setIsAdding(false)} onAdded={async (item) => { await kit.reload(); select(item.id); }} />
      <SendDialog cycleId={cycleId} item={isSending ? selected : null} groups={plan.data?.groups ?? []} sessions={cycle.sessions} choices={choices} onClose={() => setIsSending(false)} onSent={sends.reload} />
    </div>
  );
}
