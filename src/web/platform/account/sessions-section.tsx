import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { Button } from '../../app/ui/button';
import { ConfirmDialog } from '../../app/ui/dialog';

/** For a lost phone or a shared computer: ends every session of the account, this one included. */
export function SessionsSection() {
  const t = useT();
  const navigate = useNavigate();
  const { signOut } = useSignedIn();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isBusy, setIsBusy] = useState(false);

  return (
    <section className="card" aria-labelledby="account-sessions">
      <div className="card-header">
        <div>
          <h2 id="account-sessions">{t('account.sessionsTitle')}</h2>
          <p>{t('account.sessionsDescription')}</p>
        </div>
        <Button variant="danger" onClick={() => setIsConfirming(true)}>
          {t('account.signOutEverywhere')}
        </Button>
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('account.signOutEverywhereTitle')}
        confirmLabel={t('account.signOutEverywhere')}
        isBusy={isBusy}
        onCancel={() => setIsConfirming(false)}
        onConfirm={() => {
          setIsBusy(true);
          void signOut({ everywhere: true }).then(() => navigate('/sign-in', { state: { signedOut: true } }));
        }}
      >
        <p>{t('account.signOutEverywhereText')}</p>
      </ConfirmDialog>
    </section>
  );
}
