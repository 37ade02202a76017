import { useT } from '../i18n/i18n-provider';

/** A polite "loading" line; role=status lets screen readers know something is on its way. */
export function Loading({ label, isFullPage = false }: { label?: string; isFullPage?: boolean }) {
  const t = useT();
  return (
    <div className={isFullPage ? 'loading full-page-loading' : 'loading'} role="status">
      <span className="row">
        <span className="spinner" aria-hidden="true" />
        {label ?? t('state.loading')}
      </span>
    </div>
  );
}
