import { useId, useState } from 'react';
import { ApiError } from '../../app/api';
import type { ReimportResult } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { PlanErrorAlert } from '../plans/plan-error-alert';
import { PlanFileField, readPlanFile, type PlanFile } from '../import/plan-file-field';
import { PlanProblems } from '../import/plan-problems';
import { planApi, sendFile } from '../plans/plan-api';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { ReimportPreview } from './reimport-preview';

/**
 * Re-import in two steps: the server first answers what the file would add, change and remove
 * (nothing stored), and only a confirmation applies exactly that.
 */
export function ReimportDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const t = useT();
  const say = useAnnounce();
  const formId = useId();
  const { csrfToken } = useSignedIn();
  const { plan, reloadPlan, refreshChecks } = usePlanWorkspace();
  const [file, setFile] = useState<PlanFile | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [preview, setPreview] = useState<ReimportResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const close = () => {
    setFile(null);
    setPreview(null);
    setError(null);
    setFileError(undefined);
    onClose();
  };

  const send = async (confirm: boolean) => {
    if (!file || file.kind !== 'json') {
      setFileError(t(file ? 'reimport.jsonOnly' : 'import.chooseFile'));
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      const result = await sendFile<ReimportResult>('PUT', planApi.reimport(plan.id, confirm), file.text, 'application/json', csrfToken);
      if (confirm) {
        await reloadPlan();
        refreshChecks();
        say(t('reimport.applied'));
        close();
      } else {
        setPreview(result);
      }
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
      title={t('reimport.title')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          {preview ? (
            <Button variant="primary" isBusy={isBusy} onClick={() => void send(true)}>
              {t('reimport.apply')}
            </Button>
          ) : (
            <Button type="submit" form={formId} variant="primary" isBusy={isBusy}>
              {t('reimport.preview')}
            </Button>
          )}
        </>
      }
    >
      <form
        id={formId}
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send(false);
        }}
      >
        <p>{t('reimport.description')}</p>
        <PlanFileField
          accept=".json,application/json"
          hint={t('reimport.fileHint')}
          error={fileError}
          onChange={(selected) => {
            setPreview(null);
            setError(null);
            setFileError(undefined);
            void readPlanFile(selected, t).then(
              (read) => setFile(read),
              (message: string) => {
                setFile(null);
                setFileError(message);
              },
            );
          }}
        />
        {error?.code === 'invalid_plan' ? <PlanProblems error={error} /> : error && <PlanErrorAlert error={error} title={t('reimport.failed')} />}
        {preview && <ReimportPreview result={preview} />}
      </form>
    </Dialog>
  );
}
