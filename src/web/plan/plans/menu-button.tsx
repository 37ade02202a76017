import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Icon } from '../../app/ui/icons';

interface MenuButtonProps {
  label: ReactNode;
  /** Entries get `close` so a chosen entry can shut the menu before it opens a dialog. */
  children: (close: () => void) => ReactNode;
  variant?: 'secondary' | 'primary';
}

/**
 * A disclosure button with a short list of links and buttons, like the account menu: Escape or a
 * click outside closes it and focus returns to the button; arrow keys move between the entries.
 */
export function MenuButton({ label, children, variant = 'secondary' }: MenuButtonProps) {
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

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && isOpen) {
      event.stopPropagation();
      setIsOpen(false);
      buttonRef.current?.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    if (!isOpen) setIsOpen(true);
    requestAnimationFrame(() => {
      const items = Array.from(rootRef.current?.querySelectorAll<HTMLElement>('.menu-item') ?? []);
      const at = items.indexOf(document.activeElement as HTMLElement);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      (items[(at + step + items.length) % items.length] ?? items[0])?.focus();
    });
  };

  const close = () => setIsOpen(false);

  return (
    <div className="menu" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className={`button button-${variant}`}
        aria-expanded={isOpen}
        aria-controls={menuId}
        onClick={() => setIsOpen((open) => !open)}
      >
        {label}
        <Icon name="chevronDown" size={16} />
      </button>
      {isOpen && (
        <ul className="menu-list" id={menuId}>
          {children(close)}
        </ul>
      )}
    </div>
  );
}
