import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../i18n/i18n-provider';
import { useSignedIn } from '../session';
import { Icon } from '../ui/icons';

export function initialsOf(name: string, email: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? `${words[0]![0]}${words[words.length - 1]![0]}` : (words[0] ?? email).slice(0, 2);
  return letters.toUpperCase();
}

/**
 * The account menu: a disclosure button with a short list of links. Escape or a click outside
 * closes it and focus returns to the button; arrow keys move between the entries.
 */
export function AccountMenu() {
  const t = useT();
  const { user, signOut } = useSignedIn();
  const navigate = useNavigate();
  const [isOpen, setIsOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    const closeOnOutsideClick = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setIsOpen(false);
    };
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => document.removeEventListener('mousedown', closeOnOutsideClick);
  }, [isOpen]);

  const entries = () => Array.from(rootRef.current?.querySelectorAll<HTMLElement>('.menu-item') ?? []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && isOpen) {
      setIsOpen(false);
      buttonRef.current?.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    if (!isOpen) setIsOpen(true);
    requestAnimationFrame(() => {
      const items = entries();
      const index = items.indexOf(document.activeElement as HTMLElement);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = items[(index + step + items.length) % items.length] ?? items[0];
      next?.focus();
    });
  };

  const close = () => setIsOpen(false);

  return (
    <div className="menu" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="header-button"
        aria-expanded={isOpen}
        aria-controls={menuId}
        onClick={() => setIsOpen((open) => !open)}
      >
        <span className="avatar" aria-hidden="true">
          {initialsOf(user.name, user.email)}
        </span>
        <span className="account-name">{user.name}</span>
        <span className="visually-hidden">{t('header.accountMenu')}</span>
        <Icon name="chevronDown" size={16} />
      </button>
      {isOpen && (
        <ul className="menu-list" id={menuId}>
          <li className="menu-heading">
            <strong>{user.name}</strong>
            <span>{user.email}</span>
          </li>
          <li>
            <Link className="menu-item" to="/account" onClick={close}>
              <Icon name="account" size={16} />
              {t('header.accountSettings')}
            </Link>
          </li>
          <li>
            <a className="menu-item" href="/api/docs">
              <Icon name="book" size={16} />
              {t('header.apiDocs')}
            </a>
          </li>
          <li className="menu-separator" aria-hidden="true" />
          <li>
            <button
              type="button"
              className="menu-item"
              onClick={() => {
                close();
                void signOut().then(() => navigate('/sign-in', { state: { signedOut: true } }));
              }}
            >
              <Icon name="signOut" size={16} />
              {t('header.signOut')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
