import { useId, useState } from 'react';
import { ApiError } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { PlanErrorAlert } from '../plans/plan-error-alert';
import { planApi, sendFile, xlsxContentType } from '../plans/plan-api';
import { PlanFileField, readPlanFile, type PlanFile } from './plan-file-field';
import { PlanProblems } from './plan-problems';

interface ImportPlanDialogProps {
  isOpen: boolean;
  districtId: string;
  onClose: () => void;
  onImported: (planId: string) => void;
}

/**
 * A new plan from a file: a strategic-plan/v1 document, or a spreadsheet in the export's layout.
 * A refused file lists every problem with where it is; nothing is stored.
 */
export function ImportPlanDialog({ isOpen, districtId, onClose, onImported }: ImportPlanDialogProps) {
  const t = useT();
  const formId = useId();
  const { csrfToken } = useSignedIn();
  const [file, setFile] = useState<PlanFile | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const close = () => {
    setFile(null);
    setError(null);
    setFileError(undefined);
    onClose();
  };

  const upload = async () => {
    if (!file) {
      setFileError(t('import.chooseFile'));
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      const created =
        file.kind === 'json'
          ? await sendFile<{ id: string }>('POST', planApi.importJson(districtId), file.text, 'application/json', csrfToken)
          : await sendFile<{ id: string }>('POST', planApi.importXlsx(districtId), file.blob, xlsxContentType, csrfToken);
      onImported(created.id);
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Dialog
      isOpen={isOpen}
      isWide
      title={t('import.title')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isBusy={isBusy}>
            {t('import.submit')}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void upload();
        }}
      >
        <p>{t('import.description')}</p>
        <PlanFileField
          accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hint={t('import.fileHint')}
          error={fileError}
          onChange={(selected) => {
            setError(null);
            setFileError(undefined);
            void readPlanFile(selected, t).then(setFile, (message: string) => {
              setFile(null);
              setFileError(message);
            });
          }}
        />
        {error?.code === 'invalid_plan' ? <PlanProblems error={error} /> : error && <PlanErrorAlert error={error} title={t('import.failed')} />}
      </form>
    </Dialog>
  );
}
