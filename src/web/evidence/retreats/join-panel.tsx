import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import type { BoardWorkspace } from './board-workspace';
import { JoinCodeQr } from './join-code-qr';
import { RetreatSettings } from './retreat-settings';
import { retreatApi, retreatsPath, roomPath } from './retreat-api';
import { useBoardWrite } from './use-board-write';

/**
 * What the facilitator projects as the room arrives: the join code in large letters, the room's
 * address and its QR code for phones, how many have joined; and the room opened or closed (closed:
 * phones can read but no longer write or vote).
 */
export function JoinPanel({ workspace }: { workspace: BoardWorkspace }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const { board, canEdit, reload, organizationId } = workspace;
  const { retreat } = board;
  const write = useBoardWrite(reload);
  const [isDeleting, setIsDeleting] = useState(false);
  const isOpen = retreat.status === 'open';
  const spaced = retreat.join_code.split('').join(' ');

  return (
    <>
      <section className="card" aria-labelledby="join-heading">
        <div className="card-header">
          <div>
            <h2 id="join-heading">{t('retreat.join.title')}</h2>
            <p>{t('retreat.join.intro')}</p>
          </div>
        </div>
        <div className="card-body join-panel">
          <div className="join-words stack">
            <p className="join-code-label">{t('retreat.join.codeLabel')}</p>
            <p className="join-code" aria-label={t('retreat.join.codeSpoken', { code: spaced })}>
              {retreat.join_code}
            </p>
            <p>
              {t('retreat.join.goTo')}{' '}
              <a href={roomPath(retreat.join_code)} className="join-url" target="_blank" rel="noreferrer">
                {retreat.join_url}
              </a>
            </p>
            <p className="join-count" aria-live="polite">
              {t('retreat.join.participants', { count: board.participants, formatted: new Intl.NumberFormat(locale).format(board.participants) })}
            </p>
            {!isOpen && <Alert tone="info" title={t('retreat.join.closedNote')} />}
            {write.failure && <ErrorAlert error={write.failure} title={t('retreat.join.changeFailed')} onDismiss={write.dismiss} />}
            {canEdit && (
              <div className="row">
                <Button
                  variant={isOpen ? 'secondary' : 'primary'}
                  isBusy={write.busy === 'status'}
                  onClick={() => void write.run('status', () => api.put(retreatApi.retreat(retreat.id), { status: isOpen ? 'closed' : 'open', version: retreat.version }))}
                >
                  {isOpen ? t('retreat.join.close') : t('retreat.join.open')}
                </Button>
              </div>
            )}
          </div>
          <JoinCodeQr url={retreat.join_url} label={t('retreat.join.qr', { url: retreat.join_url })} />
        </div>
      </section>
      {canEdit && <RetreatSettings workspace={workspace} onDelete={() => setIsDeleting(true)} />}
      <ConfirmDialog
        isOpen={isDeleting}
        title={t('retreat.delete.title', { title: retreat.title })}
        confirmLabel={t('retreat.delete.confirm')}
        isBusy={write.busy === 'delete'}
        onCancel={() => setIsDeleting(false)}
        onConfirm={() => {
          setIsDeleting(false);
          void write.run('delete', async () => {
            await api.delete(retreatApi.retreat(retreat.id));
            navigate(retreatsPath(organizationId, retreat.cycle_id));
          });
        }}
      >
        <p>{t('retreat.delete.text')}</p>
      </ConfirmDialog>
    </>
  );
}
