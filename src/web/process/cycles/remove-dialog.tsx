import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import type { CycleDetail } from '../api-types';
import { itemName, type RemoveTarget } from './use-cycle-editor';

interface RemoveDialogProps {
  cycle: CycleDetail;
  target: RemoveTarget | null;
  isBusy: boolean;
  onCancel: () => void;
  onConfirm: (target: RemoveTarget) => void;
}

/** Asks before removing; for a phase it says how much goes with it. */
export function RemoveDialog({ cycle, target, isBusy, onCancel, onConfirm }: RemoveDialogProps) {
  const t = useT();
  if (!target) return <Dialog isOpen={false} title="" onClose={onCancel}>{null}</Dialog>;
  const inPhase = <T extends { phaseId: string }>(rows: T[]) => rows.filter((row) => row.phaseId === target.item.id).length;
  return (
    <Dialog
      isOpen
      title={t('cycleEdit.confirmTitle', { name: itemName(target.item) })}
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>{t('cycleEdit.cancel')}</Button>
          <Button variant="danger" isBusy={isBusy} onClick={() => onConfirm(target)}>
            {t('cycleEdit.remove')}
          </Button>
        </>
      }
    >
      <p>
        {target.kind === 'phase'
          ? t('cycleEdit.confirmPhase', {
              steps: t('cycleEdit.countSteps', { count: inPhase(cycle.steps) }),
              sessions: t('cycleEdit.countSessions', { count: inPhase(cycle.sessions) }),
              deliverables: t('cycleEdit.countDeliverables', { count: inPhase(cycle.deliverables) }),
            })
          : t('cycleEdit.confirmItem')}
      </p>
    </Dialog>
  );
}
