import type { ButtonHTMLAttributes, ReactNode } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'quiet' | 'quiet-danger';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: 'normal' | 'small';
  /** While busy the button stays focusable but refuses clicks, so focus is not lost mid-submit. */
  isBusy?: boolean;
  isBlock?: boolean;
  children: ReactNode;
}

const variantClass: Record<Variant, string> = {
  primary: 'button-primary',
  secondary: 'button-secondary',
  danger: 'button-danger',
  quiet: 'button-quiet',
  'quiet-danger': 'button-quiet is-danger',
};

export function buttonClass(variant: Variant = 'secondary', size: 'normal' | 'small' = 'normal', isBlock = false) {
  return ['button', variantClass[variant], size === 'small' && 'button-small', isBlock && 'button-block']
    .filter(Boolean)
    .join(' ');
}

export function Button({ variant = 'secondary', size = 'normal', isBusy = false, isBlock = false, type = 'button', className, onClick, children, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={[buttonClass(variant, size, isBlock), className].filter(Boolean).join(' ')}
      aria-disabled={isBusy || undefined}
      onClick={(event) => {
        if (isBusy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {isBusy && <span className="spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
