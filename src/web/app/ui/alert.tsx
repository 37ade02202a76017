import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/i18n-provider';
import { useAnnounce } from './announcer';
import { Icon, type IconName } from './icons';

type Tone = 'info' | 'success' | 'warning' | 'danger';

const toneIcon: Record<Tone, IconName> = { info: 'info', success: 'success', warning: 'warning', danger: 'error' };

interface AlertProps {
  tone: Tone;
  title?: ReactNode;
  children?: ReactNode;
  onDismiss?: () => void;
  /**
   * How assistive technology hears it: 'alert' interrupts (errors after an action), 'status' is
   * read politely through the page's live region (confirmations), 'none' for text that was
   * already on the page when it loaded.
   */
  announce?: 'alert' | 'status' | 'none';
}

export function Alert({ tone, title, children, onDismiss, announce = tone === 'danger' ? 'alert' : 'status' }: AlertProps) {
  const t = useT();
  const say = useAnnounce();
  const bodyRef = useRef<HTMLDivElement>(null);
  const lastAnnounced = useRef('');

  // Runs after every render, but speaks only when the words changed, not on each parent re-render.
  useEffect(() => {
    const text = bodyRef.current?.textContent ?? '';
    if (announce !== 'status' || text === lastAnnounced.current) return;
    lastAnnounced.current = text;
    say(text);
  });

  return (
    <div className={`alert alert-${tone}`} role={announce === 'alert' ? 'alert' : undefined}>
      <span className="alert-icon">
        <Icon name={toneIcon[tone]} size={20} />
      </span>
      <div className="alert-body" ref={bodyRef}>
        {title && <p className="alert-title">{title}</p>}
        {children && <div>{children}</div>}
      </div>
      {onDismiss && (
        <button type="button" className="icon-button alert-dismiss" onClick={onDismiss}>
          <Icon name="close" size={16} />
          <span className="visually-hidden">{t('action.dismiss')}</span>
        </button>
      )}
    </div>
  );
}
