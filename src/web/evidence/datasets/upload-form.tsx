import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { FieldFrame, TextField } from '../../app/ui/field';
import type { Dataset } from '../api-types';
import { sendForm } from '../../app/send-form';

interface UploadFormProps {
  /** Where the file goes: a new dataset, or a corrected file for one. */
  path: string;
  /** Offers the optional name (a new dataset only). */
  asksName?: boolean;
  submitLabel: string;
  onUploaded: (dataset: Dataset) => void;
}

/** One CSV or XLSX file sent as it is: the server reads it, proposes a mapping or imports it at once. */
export function UploadForm({ path, asksName = false, submitLabel, onUploaded }: UploadFormProps) {
  const t = useT();
  const { csrfToken } = useSignedIn();
  const formRef = useRef<HTMLFormElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setFileError(t('datasets.upload.fileRequired'));
      formRef.current?.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
      return;
    }
    const name = asksName ? String(new FormData(event.currentTarget).get('name') ?? '').trim() : '';
    const form = new FormData();
    form.append('file', file, file.name);
    if (name) form.append('name', name);
    setIsBusy(true);
    setFailure(null);
    setFileError(undefined);
    try {
      const dataset = await sendForm<Dataset>(path, form, csrfToken);
      formRef.current?.reset();
      setFile(null);
      onUploaded(dataset);
    } catch (cause) {
      const error = ApiError.from(cause);
      if (error.fieldErrors.file) setFileError(error.fieldErrors.file);
      else setFailure(error);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form ref={formRef} className="stack upload-form" noValidate onSubmit={(event) => void send(event)}>
      {failure && <ErrorAlert error={failure} title={t('datasets.upload.failed')} onDismiss={() => setFailure(null)} />}
      <div className="form-grid">
        <FieldFrame label={t('datasets.upload.file')} hint={t('datasets.upload.fileHint')} error={fileError}>
          {({ id, describedBy, isInvalid }) => (
            <input
              id={id}
              type="file"
              name="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="input"
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setFileError(undefined);
              }}
            />
          )}
        </FieldFrame>
        {asksName && <TextField name="name" label={t('datasets.upload.name')} hint={t('datasets.upload.nameHint')} isOptional maxLength={200} />}
      </div>
      <div>
        <Button type="submit" variant="primary" isBusy={isBusy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
