import { useEffect, type RefObject } from 'react';
import { useBlocker } from 'react-router';
import { useT } from '../../app/i18n/i18n-provider';
import { ConfirmDialog } from '../../app/ui/dialog';

/**
 * Leaving a form with unsaved changes (another element, another view, closing the tab) asks first.
 * The ref, not the state, is read: a save that navigates right away (a new key in the URL) must pass.
 */
export function UnsavedChangesGuard({ isDirty, isDirtyRef }: { isDirty: boolean; isDirtyRef: RefObject<boolean> }) {
  const t = useT();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => Boolean(isDirtyRef.current) && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);
  return (
    <ConfirmDialog
      isOpen={blocker.state === 'blocked'}
      title={t('detail.leaveTitle')}
      confirmLabel={t('detail.leaveConfirm')}
      onCancel={() => blocker.reset?.()}
      onConfirm={() => blocker.proceed?.()}
    >
      <p>{t('detail.leaveText')}</p>
    </ConfirmDialog>
  );
}
