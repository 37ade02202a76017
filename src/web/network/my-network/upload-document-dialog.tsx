import { useId, useRef, useState } from 'react';
import { ApiError } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { FieldFrame } from '../../app/ui/field';
import { sendFile } from '../../plan/plans/plan-api';
import { documentKindLabel, type EnrolmentDocument, type EnrolmentDocumentKind } from '../cohorts/cohorts-api';
import { maxEnrolmentFileBytes, myNetworkApi } from './my-network-api';

interface UploadDocumentDialogProps {
  /** The document the file is; null keeps the dialog closed. */
  kind: EnrolmentDocumentKind | null;
  districtId: string;
  cohortId: string;
  onClose: () => void;
  onUploaded: (document: EnrolmentDocument) => void;
}

/**
 * Gives a document as a file signed outside Waymark (a scan, a PDF): sent as the request's raw body
 * with its own content type, its name and kind in the address, as the API takes it.
 */
export function UploadDocumentDialog({ kind, districtId, cohortId, onClose, onUploaded }: UploadDocumentDialogProps) {
  const t = useT();
  const formId = useId();
  const { csrfToken } = useSignedIn();
  const inputRef = useRef<HTMLInputElement>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const close = () => {
    setFieldError(undefined);
    setError(null);
    onClose();
  };
  const fail = (message: string) => {
    setFieldError(message);
    inputRef.current?.focus();
  };
  const upload = async () => {
    const file = inputRef.current?.files?.[0];
    setError(null);
    if (!kind) return;
    if (!file) return fail(t('uploadDocument.choose'));
    if (file.size === 0) return fail(t('uploadDocument.empty', { name: file.name }));
    if (file.size > maxEnrolmentFileBytes) return fail(t('uploadDocument.tooLarge', { name: file.name }));
    setFieldError(undefined);
    setIsBusy(true);
    try {
      onUploaded(await sendFile<EnrolmentDocument>('POST', myNetworkApi.upload(districtId, cohortId, kind, file.name), file, file.type || 'application/octet-stream', csrfToken));
    } catch (cause) {
      const apiError = ApiError.from(cause);
      // The server names the body /file (empty) or the name /fileName: both belong to the file chooser.
      const message = apiError.fieldErrors.file ?? apiError.fieldErrors.fileName;
      if (message) fail(message);
      else setError(apiError);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Dialog
      isOpen={kind !== null}
      title={kind ? t('uploadDocument.title', { document: t(documentKindLabel[kind]) }) : ''}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isBusy={isBusy}>
            {t('uploadDocument.send')}
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
        {error && <ErrorAlert error={error} title={t('uploadDocument.failed')} />}
        <FieldFrame label={t('uploadDocument.file')} hint={t('uploadDocument.hint')} error={fieldError}>
          {({ id, describedBy, isInvalid }) => <input ref={inputRef} id={id} type="file" name="file" className="input" aria-describedby={describedBy} aria-invalid={isInvalid || undefined} />}
        </FieldFrame>
      </form>
    </Dialog>
  );
}
