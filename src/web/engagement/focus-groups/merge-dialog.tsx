import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import type { FocusGroupNote } from './focus-groups-api';
import type { ConflictChoice } from './use-notes-sync';

interface Props {
  isOpen: boolean;
  theirs: FocusGroupNote | null;
  mine: string;
  onChoose: (choice: ConflictChoice) => void;
  onClose: () => void;
}

/** Two note-takers saved the same question: both texts side by side, and the person decides what stays. */
export function MergeDialog({ isOpen, theirs, mine, onChoose, onClose }: Props) {
  const { t } = useI18n();
  return (
    <Dialog
      isOpen={isOpen}
      title={t('notes.merge.title')}
      onClose={onClose}
      isWide
      footer={
        <>
          <Button variant="primary" onClick={() => onChoose('keepBoth')}>
            {t('notes.merge.keepBoth')}
          </Button>
          <Button onClick={() => onChoose('mine')}>{t('notes.merge.keepMine')}</Button>
          <Button onClick={() => onChoose('theirs')}>{t('notes.merge.keepTheirs')}</Button>
        </>
      }
    >
      <p>{t('notes.merge.text', { name: theirs?.updated_by ?? t('notes.merge.someone') })}</p>
      <div className="fg-merge">
        <section aria-labelledby="merge-theirs">
          <h3 id="merge-theirs">{t('notes.merge.theirs')}</h3>
          <pre className="fg-merge-text">{theirs?.text ?? ''}</pre>
        </section>
        <section aria-labelledby="merge-mine">
          <h3 id="merge-mine">{t('notes.merge.mine')}</h3>
          <pre className="fg-merge-text">{mine}</pre>
        </section>
      </div>
    </Dialog>
  );
}
