import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { FieldFrame } from '../../app/ui/field';
import { sendFile } from '../../plan/plans/plan-api';
import { formatBytes } from './update-history';
import { evidenceContentType, evidenceTypes, maxEvidenceBytes, updatesApi, type EvidenceFile } from './updates-api';

const accept = Object.keys(evidenceTypes)
  .map((extension) => `.${extension}`)
  .join(',');

/**
 * Attaches files to an update just posted: sent one at a time as the raw body with the file's own
 * content type. The type and size are checked here first so a wrong file is named before it is sent.
 */
export function EvidenceUpload({ updateId, onUploaded }: { updateId: string; onUploaded: (file: EvidenceFile) => void }) {
  const { csrfToken } = useSignedIn();
  return <EvidenceUploadForm uploadPath={(fileName) => updatesApi.evidence(updateId, fileName)} downloadPath={(fileId) => updatesApi.evidenceFile(updateId, fileId)} csrfToken={csrfToken} onUploaded={onUploaded} />;
}

/**
 * The same upload for whoever may attach to the update: the signed-in author or planner (above), or
 * the owner who just posted through a mailed link (the link's own route, no session).
 */
export function EvidenceUploadForm({
  uploadPath,
  downloadPath,
  csrfToken,
  onUploaded,
}: {
  uploadPath: (fileName: string) => string;
  /** Where a file is read back; without one (no session to read with) only its name is listed. */
  downloadPath?: (fileId: string) => string;
  csrfToken: string;
  onUploaded: (file: EvidenceFile) => void;
}) {
  const { t } = useI18n();
  const say = useAnnounce();
  const inputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [uploaded, setUploaded] = useState<EvidenceFile[]>([]);

  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = inputRef.current?.files?.[0];
    setError(null);
    if (!file) return fail(t('updates.evidence.choose'));
    const contentType = evidenceContentType(file);
    if (!contentType) return fail(t('updates.evidence.wrongType', { name: file.name }));
    if (file.size > maxEvidenceBytes) return fail(t('updates.evidence.tooLarge', { name: file.name }));
    setFieldError(undefined);
    setIsBusy(true);
    try {
      const saved = await sendFile<EvidenceFile>('POST', uploadPath(file.name), file, contentType, csrfToken);
      setUploaded((files) => [...files, saved]);
      onUploaded(saved);
      say(t('updates.evidence.uploaded', { name: saved.fileName }));
      if (inputRef.current) inputRef.current.value = '';
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setIsBusy(false);
    }
  };

  const fail = (message: string) => {
    setFieldError(message);
    inputRef.current?.focus();
  };

  return (
    <section className="update-evidence" aria-labelledby={headingId}>
      <h2 id={headingId} className="update-evidence-title">
        {t('updates.evidence.add')}
      </h2>
      <form className="inline-form" noValidate onSubmit={(event) => void upload(event)}>
        <FieldFrame label={t('updates.evidence.file')} hint={t('updates.evidence.hint')} error={fieldError}>
          {({ id, describedBy, isInvalid }) => (
            <input ref={inputRef} id={id} type="file" name="file" className="input update-file" accept={accept} aria-describedby={describedBy} aria-invalid={isInvalid || undefined} />
          )}
        </FieldFrame>
        <Button type="submit" isBusy={isBusy}>
          {t('updates.evidence.upload')}
        </Button>
      </form>
      {error && <ErrorAlert error={error} title={t('updates.evidence.failed')} onDismiss={() => setError(null)} />}
      {uploaded.length > 0 && (
        <ul className="update-evidence-list">
          {uploaded.map((file) => (
            <li key={file.id}>
              {downloadPath ? <a href={downloadPath(file.id)}>{file.fileName}</a> : file.fileName} <span className="muted">({formatBytes(file.sizeBytes)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
