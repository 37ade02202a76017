import { useId, useRef, useState } from 'react';
import type { CreatedApiToken } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { Icon } from '../../app/ui/icons';

/** The only moment the secret is visible: the server keeps a hash, so it cannot be shown again. */
export function NewTokenDialog({ token, onClose }: { token: CreatedApiToken | null; onClose: () => void }) {
  const t = useT();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    if (!token) return;
    try {
      await navigator.clipboard.writeText(token.token);
      setCopyState('copied');
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): select the text for a manual copy.
      inputRef.current?.select();
      setCopyState('failed');
    }
  };

  const close = () => {
    setCopyState('idle');
    onClose();
  };

  return (
    <Dialog isOpen={token !== null} title={t('tokens.createdTitle', { name: token?.name ?? '' })} onClose={close} footer={<Button variant="primary" onClick={close}>{t('tokens.done')}</Button>}>
      {token && (
        <div className="stack">
          <Alert tone="warning" announce="none">
            {t('tokens.onceWarning')}
          </Alert>
          <div className="field">
            <label className="field-label" htmlFor={inputId}>
              {t('tokens.secret')}
            </label>
            <div className="secret-box">
              <input ref={inputRef} id={inputId} className="input" value={token.token} readOnly onFocus={(event) => event.currentTarget.select()} />
              <Button variant="secondary" onClick={() => void copy()}>
                <Icon name={copyState === 'copied' ? 'check' : 'copy'} size={16} />
                {copyState === 'copied' ? t('tokens.copied') : t('tokens.copy')}
              </Button>
            </div>
            <span className="field-hint" aria-live="polite">
              {copyState === 'copied' ? t('tokens.copiedHint') : copyState === 'failed' ? t('tokens.copyFailed') : ''}
            </span>
          </div>
          <p className="muted" style={{ fontSize: 'var(--text-sm)' }}>
            {t('tokens.usage')} <code>Authorization: Bearer …</code>
          </p>
        </div>
      )}
    </Dialog>
  );
}
