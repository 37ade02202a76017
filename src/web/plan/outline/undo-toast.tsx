import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import type { UndoOffer } from './use-outline-editing';

/**
 * After a delete: what was deleted and a way back. It stays until dismissed or replaced by the next
 * delete, so nobody has to be quick (WCAG 2.2.1: no time limit to react).
 */
export function UndoToast({ offer, onUndo, onDismiss }: { offer: UndoOffer; onUndo: () => void; onDismiss: () => void }) {
  const t = useT();
  return (
    <div className="undo-toast">
      <Alert tone="info" onDismiss={onDismiss}>
        <span className="row">
          <span>{offer.text}</span>
          <Button size="small" variant="primary" onClick={onUndo}>
            {t('outline.undo')}
          </Button>
        </span>
      </Alert>
    </div>
  );
}
